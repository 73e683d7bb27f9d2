using System.Net;
using System.Text;

namespace KalturaGen.Generator.Tests.Refit;

/// <summary>Records each request and answers with a Kaltura error object, so every call ends right after it was sent.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    public List<RecordedRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(await RecordedRequest.ReadAsync(request));
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StringContent(
                """{"code":"GUARDRAIL","message":"recorded","objectType":"KalturaAPIException","args":[]}""",
                Encoding.UTF8,
                "application/json"),
        };
    }
}

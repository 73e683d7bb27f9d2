using System.Net;
using System.Text;
using System.Text.Json;
using KalturaGen.Simulator.Tests.Support;
using static KalturaGen.Simulator.Tests.Support.SimulatorApi;

namespace KalturaGen.Simulator.Tests.Bulk;

/// <summary>Bulk upload files posted as curl -F would, and the job followed through bulk.get.</summary>
public static class BulkFiles
{
    /// <summary>A bulk XML of the given items: <c>&lt;mrss&gt;&lt;channel&gt;items&lt;/channel&gt;&lt;/mrss&gt;</c>.</summary>
    public static string Mrss(params string[] items) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mrss xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><channel>{string.Concat(items)}</channel></mrss>";

    /// <summary>A valid add item with only a name and a media type.</summary>
    public static string AddItem(string name) =>
        $"<item><action>add</action><type>1</type><name>{name}</name><media><mediaType>1</mediaType></media></item>";

    /// <summary>media.bulkUploadAdd with the file as a multipart part; asserts HTTP 200 (never a 500).</summary>
    public static async Task<JsonElement> PostAsync(SimulatorApi api, string file, string fileName = "bulk.xml", string? ks = null)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(ks ?? api.Ks), "ks" },
            { new StringContent("1"), "format" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(file)), "fileData", fileName },
        };
        using var response = await api.Http.PostAsync("/api_v3/service/media/action/bulkUploadAdd", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>bulk.get of a job.</summary>
    public static async Task<JsonElement> GetAsync(SimulatorApi api, JsonElement job) =>
        AssertObject(await api.CallAsync("bulkUpload_bulk", "get", ("id", job.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture))), "KalturaBulkUpload");

    /// <summary>The job's status (KalturaBatchJobStatus).</summary>
    public static async Task<int> StatusAsync(SimulatorApi api, JsonElement job) =>
        (await GetAsync(api, job)).GetProperty("status").GetInt32();

    /// <summary>How many entries the partner has (any status but deleted).</summary>
    public static async Task<int> EntryCountAsync(SimulatorApi api) =>
        (await api.CallAsync("media", "count", ("filter:statusIn", "-2,-1,0,1,2,4,5,6,7"))).GetInt32();
}

using System.Runtime.ExceptionServices;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>
/// Refit's <see cref="ApiResponse{T}"/> can only hold an <see cref="ApiException"/> as its error: any other exception
/// the factories return (a <see cref="KalturaApiException"/> read from an HTTP 200, an unreadable body) is dropped
/// by Refit, which leaves a successful-looking response without content. The factories record such an error on the
/// request, and the <c>...WithResponseAsync</c> call throws it, as Refit throws a send failure that is not an
/// <see cref="ApiException"/>.
/// </summary>
internal static class KalturaResponseError
{
    private static readonly HttpRequestOptionsKey<Exception> Key = new("KalturaGen.ResponseError");

    /// <summary>Records <paramref name="error"/> on the response's request when an ApiResponse could not hold it; returns it.</summary>
    public static Exception? Record(HttpResponseMessage response, Exception? error)
    {
        if (error is not null and not ApiException && response.RequestMessage is { } request)
        {
            request.Options.Set(Key, error);
        }

        return error;
    }

    /// <summary>Returns <paramref name="response"/>, or throws the error recorded for <paramref name="request"/> (disposing the response).</summary>
    public static ApiResponse<T> ThrowRecorded<T>(HttpRequestMessage request, ApiResponse<T> response)
    {
        if (response.Error is null && request.Options.TryGetValue(Key, out var error))
        {
            response.Dispose();
            ExceptionDispatchInfo.Throw(error);
        }

        return response;
    }
}

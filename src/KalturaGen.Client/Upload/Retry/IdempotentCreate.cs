namespace KalturaGen.Client.Upload;

/// <summary>
/// A create (uploadToken.add, media.add, baseEntry.add) that is never sent twice blindly: the object carries a marker
/// unique to the upload, and once an attempt may have reached the server (its answer lost to a dropped connection, a
/// timeout, a 5xx, a server failure), every later attempt first looks the marker up and takes what it finds.
/// </summary>
internal static class IdempotentCreate
{
    /// <param name="caller">Retries and deadlines.</param>
    /// <param name="call">The create's name, for messages.</param>
    /// <param name="create">Sends the create.</param>
    /// <param name="find">Looks the marker up; null when nothing carries it.</param>
    /// <param name="lookFirst">An earlier run may have created it already: look before the first attempt too.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static Task<T> RunAsync<T>(
        RetryingCaller caller,
        string call,
        Func<CancellationToken, Task<T>> create,
        Func<CancellationToken, Task<T?>> find,
        bool lookFirst,
        CancellationToken cancellationToken)
        where T : class
    {
        var mayExist = lookFirst;
        return caller.RunAsync(
            call,
            async token =>
            {
                if (mayExist && await find(token).ConfigureAwait(false) is { } existing)
                {
                    return existing;
                }

                mayExist = true;
                return await create(token).ConfigureAwait(false);
            },
            cancellationToken);
    }
}

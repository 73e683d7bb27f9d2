namespace KalturaGen.Runtime;

/// <summary>
/// A call's parameters with the KS they go out with, as <see cref="KalturaRefitRunner"/> hands them to Refit's body
/// writer: the runner awaits the session provider first (Refit's serializer is synchronous), and each request then
/// carries its own KS even while other calls renew or replace the session.
/// </summary>
/// <param name="Parameters">The call's parameters.</param>
/// <param name="Ks">The KS for this call; null sends none.</param>
internal sealed record KalturaSessionBody(KalturaParameters Parameters, string? Ks);

using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Sessions;

/// <summary>Dispatch step 5: decode the KS and verify its signature with the partner's admin secret.</summary>
internal static class KsCracker
{
    /// <summary>The caller's session from the <c>ks</c> and <c>partnerId</c> parameters.</summary>
    public static SessionContext Resolve(SimulatorState state, string? ks, string? partnerIdParam)
    {
        if (string.IsNullOrEmpty(ks))
        {
            int? requested = int.TryParse(partnerIdParam, out var p) ? p : null;
            var partner = requested is { } id ? state.Partners.GetValueOrDefault(id) : null;
            return new SessionContext(requested, partner, null, null);
        }

        if (!KsReader.TryReadPartnerId(ks, out var partnerId)
            || !state.Partners.TryGetValue(partnerId, out var owner)
            || KsReader.Verify(ks, owner.AdminSecret) is not { } info)
        {
            throw KsErrors.InvalidString(ks);
        }

        return new SessionContext(info.PartnerId, owner, ks, info);
    }
}

namespace KalturaGen.Simulator.Sessions;

/// <summary>Who is calling: the partner, and the verified KS when one was sent.</summary>
/// <param name="PartnerId">The partner of the KS, or the <c>partnerId</c> parameter without a KS.</param>
/// <param name="Partner">The partner, when known.</param>
/// <param name="Ks">The KS string as sent.</param>
/// <param name="Info">The verified KS fields.</param>
internal sealed record SessionContext(int? PartnerId, PartnerOptions? Partner, string? Ks, VerifiedKs? Info)
{
    /// <summary>A call without any partner or KS.</summary>
    public static readonly SessionContext Anonymous = new(null, null, null, null);

    /// <summary>True for an admin KS.</summary>
    public bool IsAdmin => Info?.IsAdmin == true;

    /// <summary>The KS user ("" without a KS or for anonymous sessions).</summary>
    public string UserId => Info?.UserId ?? "";

    /// <summary>A widget session: a user KS with no user and the <c>widget:1</c> privilege.</summary>
    public bool IsWidget => Info?.IsWidget == true;

    /// <summary>Whether the KS grants the privilege (admins do not get privileges implicitly).</summary>
    public bool HasPrivilege(string name, string value) => Info?.Privileges.Grants(name, value) == true;
}

namespace KalturaGen.Runtime.Sessions;

/// <summary>The type of a Kaltura session (KS), as carried in the KS itself.</summary>
public enum KsType
{
    /// <summary>A user session: sees and edits only what its user owns unless privileges widen it.</summary>
    User = 0,

    /// <summary>An admin session: full access to the partner's objects.</summary>
    Admin = 2,
}

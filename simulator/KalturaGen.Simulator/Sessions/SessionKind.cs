namespace KalturaGen.Simulator.Sessions;

/// <summary>The session types the server issues (<c>kSessionBase::SESSION_TYPE_USER</c> and <c>SESSION_TYPE_ADMIN</c>).</summary>
public enum SessionKind
{
    /// <summary>A USER session: sees and edits what its user owns unless privileges widen it.</summary>
    User = 0,

    /// <summary>An ADMIN session: full access to the partner's objects.</summary>
    Admin = 2,
}

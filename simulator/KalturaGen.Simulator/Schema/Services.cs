namespace KalturaGen.Simulator.Schema;

/// <summary>Whether an action needs a KS.</summary>
internal enum SessionRequirement
{
    /// <summary>A KS is required.</summary>
    Always,
    /// <summary>A KS is used when present.</summary>
    Optional,
    /// <summary>Any KS is ignored (session.start, system.ping).</summary>
    None,
}

/// <summary>An action parameter.</summary>
/// <param name="Name">The wire name.</param>
/// <param name="Type">The type.</param>
/// <param name="Optional">Whether it may be omitted.</param>
/// <param name="Default">The default as written in the schema (a JSON scalar or null).</param>
internal sealed record ParamDef(string Name, TypeRef Type, bool Optional, object? Default);

/// <summary>A service action.</summary>
/// <param name="Name">The wire name as written in the schema (case kept).</param>
/// <param name="Params">Parameters in order.</param>
/// <param name="Result">The result type; null for void.</param>
/// <param name="Throws">The error codes the action documents.</param>
/// <param name="Session">The KS requirement.</param>
internal sealed record ActionDef(string Name, IReadOnlyList<ParamDef> Params, TypeRef? Result, IReadOnlyList<string> Throws, SessionRequirement Session)
{
    /// <summary>True when the action answers with a binary body.</summary>
    public bool ReturnsFile => Result?.Kind == TypeKind.File;
}

/// <summary>A service: its wire id, its name in the SDK (<c>UploadToken</c>) and its actions (looked up case-insensitively).</summary>
internal sealed record ServiceDef(string Id, string Name, IReadOnlyDictionary<string, ActionDef> Actions);

/// <summary>An error of the <c>errors</c> section.</summary>
/// <param name="Code">The wire code.</param>
/// <param name="Message">The message template with <c>@ARG@</c> placeholders.</param>
/// <param name="Args">The argument names, in order.</param>
internal sealed record ErrorDef(string Code, string Message, IReadOnlyList<string> Args);

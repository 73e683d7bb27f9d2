namespace KalturaGen.Simulator.Wire;

/// <summary>A binary action result (serve actions): bytes streamed from a stored file.</summary>
/// <param name="Path">The stored file.</param>
/// <param name="ContentType">The MIME type to answer with.</param>
/// <param name="FileName">The download name, when the server sends one.</param>
internal sealed record FileResult(string Path, string ContentType, string? FileName);

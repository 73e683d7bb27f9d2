using KalturaGen.Simulator.State;

namespace KalturaGen.Simulator.Processing;

/// <summary>What a resource resolved to, ready to attach to an entry or asset.</summary>
internal abstract record ContentSource;

/// <summary>A file available now.</summary>
/// <param name="Path">Where the bytes are.</param>
/// <param name="FileName">The name the bytes came with (for the extension).</param>
/// <param name="Token">The upload token it came from (closed once consumed); null otherwise.</param>
/// <param name="Move">True when the file may be moved (a token's or a fetched file), false to copy it.</param>
internal sealed record ReadyFile(string Path, string? FileName, UploadTokenRecord? Token, bool Move) : ContentSource;

/// <summary>An upload token still uploading (or closed): the content follows when it completes.</summary>
/// <param name="Token">The token.</param>
internal sealed record PendingToken(UploadTokenRecord Token) : ContentSource;

/// <summary>A URL import: fetched already (during the request), completed after the import time.</summary>
/// <param name="Url">The URL.</param>
/// <param name="File">The fetched file, or null when the fetch failed.</param>
internal sealed record UrlImport(string Url, ReadyFile? File) : ContentSource;

/// <summary>Several flavors at once (asset params resource containers).</summary>
/// <param name="Flavors">Flavor params id and content of each.</param>
internal sealed record MultiFlavor(IReadOnlyList<(int FlavorParamsId, ContentSource Content)> Flavors) : ContentSource;

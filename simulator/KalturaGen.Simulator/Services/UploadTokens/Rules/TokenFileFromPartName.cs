using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Processing;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Storage;

namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// <c>kUploadTokenMgr::getUploadPath</c>: the token's bytes live at <c>&lt;token&gt;.&lt;ext&gt;</c>, the extension
/// from the part name, or from the token's file name when the part has none (or is ".tmp" and the token has a name);
/// "noex" when neither has one. The first part that gets this far fixes the file.
/// </summary>
internal sealed class TokenFileFromPartName : IUploadRule
{
    /// <summary>Where a part's bytes go for a token.</summary>
    public static string UploadPath(string uploadsFolder, UploadTokenRecord token, string partName)
    {
        var extension = MimeTypes.ExtensionOf(partName);
        if (extension.Length == 0 || (extension == "tmp" && !string.IsNullOrEmpty(token.FileName)))
        {
            extension = MimeTypes.ExtensionOf(token.FileName);
        }

        return Path.Combine(uploadsFolder, $"{token.Id}.{(extension.Length == 0 ? "noex" : extension)}");
    }

    /// <inheritdoc/>
    public void Apply(UploadChunk chunk)
    {
        var token = chunk.RequiredToken;
        token.File ??= new ChunkedFile(UploadPath(chunk.UploadsFolder, token, chunk.Part.Name));
    }
}

using System.Text;
using System.Text.Json;
using KalturaGen.Client.Upload;

namespace KalturaGen.Cli.Display;

/// <summary>One uploaded (or failed) file as the upload command reports it.</summary>
internal sealed record FileOutcome(
    string FileName,
    string? Path,
    string? TokenId,
    long? Bytes,
    string? EntryId,
    string? EntryStatus,
    string? Sha256Local,
    string? Sha256Server,
    bool Verified,
    string? Error);

/// <summary>The --json documents of the upload and status commands (camelCase, one document on stdout).</summary>
internal static class ResultJson
{
    /// <summary><c>{"files":[{"path","fileName","entryId","entryStatus","tokenId","bytes","sha256Local","sha256Server","verified","error"}]}</c>.</summary>
    public static string Upload(IEnumerable<FileOutcome> files) => Write(writer =>
    {
        writer.WriteStartArray("files");
        foreach (var file in files)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteString("fileName", file.FileName);
            writer.WriteString("entryId", file.EntryId);
            writer.WriteString("entryStatus", file.EntryStatus);
            writer.WriteString("tokenId", file.TokenId);
            WriteNumber(writer, "bytes", file.Bytes);
            writer.WriteString("sha256Local", file.Sha256Local);
            writer.WriteString("sha256Server", file.Sha256Server);
            writer.WriteBoolean("verified", file.Verified);
            writer.WriteString("error", file.Error);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary><c>{"tokenId","status","fileName","fileSize","uploadedBytes"}</c>.</summary>
    public static string Status(UploadTokenInfo info, string status) => Write(writer =>
    {
        writer.WriteString("tokenId", info.Id);
        writer.WriteString("status", status);
        writer.WriteString("fileName", info.FileName);
        WriteNumber(writer, "fileSize", info.FileSize);
        writer.WriteNumber("uploadedBytes", info.UploadedFileSize ?? 0);
    });

    private static void WriteNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

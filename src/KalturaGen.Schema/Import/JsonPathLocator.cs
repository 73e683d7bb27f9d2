using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace KalturaGen.Schema.Import;

/// <summary>The JSON path (<c>services.event.actions.list.params[1].default</c>) of a position in a JSON text.</summary>
internal static class JsonPathLocator
{
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }

    /// <summary>
    /// The path of the property name or value that starts at (or first after) the UTF-16 <paramref name="offset"/>
    /// of <paramref name="json"/>; empty for the root, null when the text is not JSON.
    /// </summary>
    public static string? PathAt(string json, int offset)
    {
        ArgumentNullException.ThrowIfNull(json);
        var target = Encoding.UTF8.GetByteCount(json.AsSpan(0, Math.Clamp(offset, 0, json.Length)));
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                var parent = frames.Count == 0 ? null : frames[^1];
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        parent!.Name = reader.GetString();
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                    default:
                        if (parent is { IsArray: true })
                        {
                            parent.Index++;
                        }

                        break;
                }

                if (reader.TokenStartIndex >= target)
                {
                    return Format(frames);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return Format(frames);
    }

    private static string Format(List<Frame> frames)
    {
        var path = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Name is not null)
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(frame.Name);
            }
        }

        return path.ToString();
    }
}

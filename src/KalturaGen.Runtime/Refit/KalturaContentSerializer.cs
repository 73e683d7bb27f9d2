using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace KalturaGen.Runtime;

/// <summary>
/// Refit's content serializer for Kaltura: a <see cref="KalturaParameters"/> body becomes the JSON the official
/// clients send (<c>format: 1</c>, KS, partner, client tag, API version, then the parameters); results are read
/// through a generated SDK's JSON metadata, leniently and without reflection.
/// </summary>
public sealed class KalturaContentSerializer : IHttpContentSerializer
{
    private readonly JsonSerializerOptions _resultOptions;

    /// <summary>A serializer writing for <paramref name="connection"/> and reading with <paramref name="resultOptions"/>.</summary>
    /// <param name="connection">The KS, partner and client configuration each body carries.</param>
    /// <param name="resultOptions">A generated SDK's <c>KalturaJsonTypeInfoResolver.Options</c>.</param>
    public KalturaContentSerializer(KalturaConnection connection, JsonSerializerOptions resultOptions)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(resultOptions);
        Connection = connection;
        _resultOptions = resultOptions;
    }

    /// <summary>The connection whose session and configuration every body carries.</summary>
    public KalturaConnection Connection { get; }

    /// <summary>
    /// The body of a request: parameters become the JSON the official clients send, with the KS the runner got for
    /// this call from the connection's session provider (parameters given without it carry the connection's current
    /// <see cref="KalturaConnection.Ks"/>); any other value is written as JSON.
    /// </summary>
    public HttpContent ToHttpContent<T>(T item)
    {
        if (item is KalturaSessionBody body)
        {
            return KalturaRequestBody.Content(KalturaRequestBody.Single(Connection, body.Parameters, body.Ks));
        }

        if (item is KalturaParameters parameters)
        {
            return KalturaRequestBody.Content(KalturaRequestBody.Single(Connection, parameters, Connection.Ks));
        }

        // Any other body: the generated metadata's JSON (a model, an enum, a primitive).
        var json = JsonSerializer.SerializeToUtf8Bytes(item, TypeInfo<T>());
        return KalturaRequestBody.Content(json);
    }

    /// <inheritdoc/>
    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = KalturaResponseBodies.TryTake(content, out var read)
            ? read
            : await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return Read<T>(body);
    }

    /// <inheritdoc/>
    public string? GetFieldNameForProperty(PropertyInfo propertyInfo)
    {
        ArgumentNullException.ThrowIfNull(propertyInfo);
        return JsonNamingPolicy.CamelCase.ConvertName(propertyInfo.Name);
    }

    /// <summary>Reads a whole response body as <typeparamref name="T"/>; an empty body reads as JSON null.</summary>
    internal T? Read<T>(ReadOnlyMemory<byte> body)
    {
        var span = body.Span.Trim(" \t\r\n"u8);
        if (typeof(T) == typeof(JsonDocument))
        {
            return (T)(object)Parse(body, span.IsEmpty);
        }

        try
        {
            var result = span.IsEmpty ? default : JsonSerializer.Deserialize(span, TypeInfo<T>());
            return result is not null ? result : throw new InvalidDataException(
                $"The response holds no result of the expected type: {KalturaJsonReader.Excerpt(System.Text.Encoding.UTF8.GetString(span))}");
        }
        catch (JsonException exception)
        {
            throw NotJson(span, exception);
        }
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> body, bool empty)
    {
        try
        {
            return empty ? JsonDocument.Parse("null") : JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            throw NotJson(body.Span, exception);
        }
    }

    private static InvalidDataException NotJson(ReadOnlySpan<byte> body, Exception inner) =>
        new($"Kaltura answered with a body that is not JSON: {KalturaJsonReader.Excerpt(System.Text.Encoding.UTF8.GetString(body))}", inner);

    private JsonTypeInfo<T> TypeInfo<T>() =>
        _resultOptions.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"The generated JSON metadata has no contract for {typeof(T)}.");
}

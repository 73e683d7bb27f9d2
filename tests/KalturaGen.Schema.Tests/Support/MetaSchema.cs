using NJsonSchema;
using NJsonSchema.Validation;

namespace KalturaGen.Schema.Tests.Support;

/// <summary>Loads schema/kgen.meta.schema.json once and validates documents against it.</summary>
internal static class MetaSchema
{
    private static readonly Lazy<Task<JsonSchema>> Loaded =
        new(() => JsonSchema.FromFileAsync(RepositoryPaths.MetaSchemaPath));

    public static Task<JsonSchema> LoadAsync() => Loaded.Value;

    /// <summary>Validation errors of a document, flattened to readable lines (empty when valid).</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string json)
    {
        var schema = await LoadAsync();
        return Flatten(schema.Validate(json)).ToList();
    }

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return $"{error.Path}: {error.Kind} ({error.Property})";
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in child.Errors.SelectMany(e => Flatten(e.Value)))
                {
                    yield return "  " + nested;
                }
            }
        }
    }
}

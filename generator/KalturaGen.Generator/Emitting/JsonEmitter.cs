using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits the object factory (objectType → instance, for polymorphic reading) and the
/// <c>IJsonTypeInfoResolver</c> that makes every generated type, and every list or map an action answers with,
/// usable with System.Text.Json without reflection (Refit reads results through it).
/// </summary>
internal static class JsonEmitter
{
    public static string Emit(JsonOutput output)
    {
        var ns = output.Context.Namespace;
        var types = new TypeExpressions(ns);
        var writer = GeneratedFile.Start(ns + ".Json");
        writer.WriteLine($$"""
            /// <summary>Creates model instances from the <c>objectType</c> names the server sends.</summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            public static partial class KalturaObjectFactory
            {
                /// <summary>A new instance of the class named <paramref name="objectType"/>, or null when this SDK does not know it.</summary>
                public static global::KalturaGen.Runtime.KalturaObjectBase? Create(string objectType) => objectType switch
                {
            """);
        foreach (var type in output.Types)
        {
            if (type.Kind == TypeKind.Object)
            {
                writer.WriteLine($"        {SymbolDisplay.FormatLiteral(type.KalturaName, true)} => new {types.Model(type.Name)}(),");
            }
        }

        var baseClasses = output.Subclassed;
        var hasSubclasses = baseClasses.Count == 0
            ? "false"
            : string.Join("\n        || ", baseClasses.Select(n => $"type == typeof({types.Model(n)})"));
        writer.WriteLine($$"""
                    _ => null,
                };

                /// <summary>
                /// True when a class of this SDK derives from <paramref name="type"/>: only then can an <c>objectType</c> make
                /// a read give something other than a <paramref name="type"/>, so only then is it looked for.
                /// </summary>
                public static bool HasSubclasses(global::System.Type type) =>
                    {{hasSubclasses}};
            }

            /// <summary>
            /// The System.Text.Json contract of every generated enum and model, read and written by generated code
            /// (no reflection: trimming and AOT safe). System.Text.Json's own source generator cannot see the output of
            /// another generator, so this resolver plays the role of a source-generated <c>JsonSerializerContext</c>.
            /// Models serialize in their request form (<c>objectType</c> plus assigned properties) and deserialize
            /// polymorphically by <c>objectType</c>.
            /// </summary>
            {{GeneratedFile.GeneratedCodeAttribute}}
            public sealed partial class KalturaJsonTypeInfoResolver : global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver
            {
                /// <summary>The shared resolver (it holds no state).</summary>
                public static KalturaJsonTypeInfoResolver Instance { get; } = new();

                /// <summary>Read-only serializer options for the generated types, plus the JSON primitives.</summary>
                public static global::System.Text.Json.JsonSerializerOptions Options { get; } = CreateOptions();

                /// <inheritdoc/>
                public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)
                {
            """);
        foreach (var type in output.Types)
        {
            var polymorphic = baseClasses.Contains(type.Name) ? "true" : "false";
            var (clr, converter) = type.Kind switch
            {
                TypeKind.Object => (types.Model(type.Name), $"global::KalturaGen.Runtime.KalturaObjectConverter<{types.Model(type.Name)}>(KalturaObjectFactory.Create, polymorphic: {polymorphic})"),
                TypeKind.IntEnum => (types.Enum(type.Name), $"global::KalturaGen.Runtime.KalturaIntEnumConverter<{types.Enum(type.Name)}>()"),
                _ => (types.Enum(type.Name), $"global::KalturaGen.Runtime.KalturaStringEnumConverter<{types.Enum(type.Name)}>()"),
            };
            writer.WriteLine($$"""
                        if (type == typeof({{clr}}))
                        {
                            return global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<{{clr}}>(options, new {{converter}});
                        }

                """);
        }

        foreach (var result in output.ValueResults)
        {
            var clr = types.Of(result);
            writer.WriteLine($$"""
                        if (type == typeof({{clr}}))
                        {
                            return global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<{{clr}}>(options, new global::KalturaGen.Runtime.KalturaCodecConverter<{{clr}}>(
                                {{types.Codec(result, baseClasses)}}));
                        }

                """);
        }

        writer.WriteLine("""
                    return null;
                }

                private static global::System.Text.Json.JsonSerializerOptions CreateOptions()
                {
                    var options = new global::System.Text.Json.JsonSerializerOptions
                    {
                        TypeInfoResolver = global::System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
                            Instance,
                            global::KalturaGen.Runtime.KalturaLenientPrimitives.Instance,
                            global::KalturaGen.Runtime.KalturaPrimitivesJsonContext.Default),
                    };
                    options.MakeReadOnly();
                    return options;
                }
            }
            """);
        return writer.ToString();
    }
}

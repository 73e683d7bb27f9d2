namespace KalturaGen.Generator.Model;

/// <summary>One schema file as the pipeline sees it: path, full text and the namespace to generate into.</summary>
internal sealed record SchemaInput(string Path, string Text, string Namespace);

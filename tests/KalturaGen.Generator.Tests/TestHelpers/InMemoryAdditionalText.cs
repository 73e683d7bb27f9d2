using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KalturaGen.Generator.Tests.TestHelpers;

/// <summary>A schema file held in memory, as the compiler would pass it from AdditionalFiles.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

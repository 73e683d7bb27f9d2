using KalturaGen.Schema.Import;

namespace KalturaGen.Schema.Tests.Import;

public sealed class JsonPathLocatorTests
{
    private const string Json = """
        { "services": { "event": { "params": [ { "name": "a" }, { "name": "b", "default": 1 } ] } } }
        """;

    [Theory]
    [InlineData("\"services\"", "services")]
    [InlineData("\"event\"", "services.event")]
    [InlineData("{ \"name\": \"a\"", "services.event.params[0]")]
    [InlineData("\"b\"", "services.event.params[1].name")]
    [InlineData("1 }", "services.event.params[1].default")]
    public void ThePathNamesWhereTheTextStarts(string at, string path) =>
        Assert.Equal(path, JsonPathLocator.PathAt(Json, Json.IndexOf(at, StringComparison.Ordinal)));

    [Fact]
    public void TheRootHasAnEmptyPathAndTextThatIsNotJsonHasNone()
    {
        Assert.Equal(string.Empty, JsonPathLocator.PathAt(Json, 0));
        Assert.Null(JsonPathLocator.PathAt("{ \"a\": ", 6));
    }
}

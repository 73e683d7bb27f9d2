using static KalturaGen.Generator.Tests.Diagnostics.DiagnosticAssert;

namespace KalturaGen.Generator.Tests.Diagnostics;

/// <summary>Diagnostics about services, actions, parameters and thrown errors.</summary>
public class ServiceDiagnosticsTests
{
    private static string Service(string actions, string name = "media") =>
        $"\"{name}\": {{ \"name\": \"{name}\", \"actions\": {{ {actions} }} }}";

    [Fact]
    public void TwoActionsWithOneMethodNameAreKgen005()
    {
        var schema = SchemaText(services: Service("\"list\": { \"params\": [] }, \"List\": { \"params\": [] }"));
        Single(schema, "KGEN005", "Action 'List' of service 'media' gives the C# method 'ListAsync', which action 'list' already uses", "\"List\"");
    }

    [Fact]
    public void RepeatedParameterIsKgen006()
    {
        var schema = SchemaText(services: Service("\"get\": { \"params\": [{ \"name\": \"id\", \"type\": \"string\" }, { \"name\": \"id\", \"type\": \"integer\" }] }"));
        Single(schema, "KGEN006", "Parameter 'id' of action 'media.get' is declared more than once", "\"id\"", 2);
    }

    [Fact]
    public void ParameterNamedCancellationTokenIsKgen008()
    {
        var schema = SchemaText(services: Service("\"get\": { \"params\": [{ \"name\": \"cancellationToken\", \"type\": \"string\" }] }"));
        Single(schema, "KGEN008", "'cancellationToken' cannot be used as the C# name of a parameter of action 'media.get'", "\"cancellationToken\"");
    }

    [Fact]
    public void ActionWithoutParamsIsKgen009()
    {
        var schema = SchemaText(services: Service("\"ping\": { \"result\": { \"type\": \"boolean\" } }"));
        Single(schema, "KGEN009", "Action 'media.ping' needs a 'params' array (empty when it takes none)", "\"ping\"");
    }

    [Fact]
    public void ParameterWithoutNameIsKgen009()
    {
        var schema = SchemaText(services: Service("\"get\": { \"params\": [{ \"type\": \"string\" }] }"));
        Single(schema, "KGEN009", "Parameter 1 of action 'media.get' needs a 'name'", "{ \"type\": \"string\" }");
    }

    [Fact]
    public void ParameterWithoutTypeIsKgen009()
    {
        var schema = SchemaText(services: Service("\"get\": { \"params\": [{ \"name\": \"entryId\" }] }"));
        Single(schema, "KGEN009", "Parameter 'entryId' of action 'media.get' needs a '$ref' or a 'type'", "\"entryId\"");
    }

    [Fact]
    public void ServiceWithoutNameIsKgen009()
    {
        var schema = SchemaText(services: "\"media\": { \"actions\": {} }");
        Single(schema, "KGEN009", "Service 'media' needs a 'name' (its client name)", "\"media\"");
    }

    [Fact]
    public void UndeclaredThrownErrorIsKgen012WarningAndCodeIsStillGenerated()
    {
        var schema = SchemaText(services: Service("\"get\": { \"params\": [], \"throws\": [\"ENTRY_GONE\"] }"));
        var diagnostic = Single(schema, "KGEN012", "Action 'media.get' throws 'ENTRY_GONE', which is not declared under 'errors'", "\"ENTRY_GONE\"");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("sample.ServiceInterface.Media.g.cs", Run(schema).Sources.Keys);
    }

    [Fact]
    public void FileResultIsAllowedButFileInsideAnArrayIsKgen013()
    {
        var schema = SchemaText(services: Service("\"get\": { \"params\": [{ \"name\": \"files\", \"type\": \"array\", \"items\": { \"type\": \"file\" } }], \"result\": { \"type\": \"file\" } }"));
        Single(schema, "KGEN013", "Type 'file' cannot be used here: the element type of parameter 'files' of action 'media.get' is not an action parameter or result", "\"file\"");
    }

    [Fact]
    public void DefaultOfTheWrongTypeIsKgen015()
    {
        var schema = SchemaText(services: Service("\"get\": { \"params\": [{ \"name\": \"resume\", \"type\": \"boolean\", \"optional\": true, \"default\": \"yes\" }] }"));
        Single(schema, "KGEN015", "Default value \"yes\" of parameter 'resume' does not fit its type 'boolean'", "\"yes\"");
    }

    [Fact]
    public void ParamsThatAreNoArrayAreKgen016()
    {
        var schema = SchemaText(services: Service("\"get\": { \"params\": { \"id\": \"string\" } }"));
        Single(schema, "KGEN016", "'params' of action 'media.get' must be a JSON array", "{ \"id\": \"string\" }");
    }

    [Fact]
    public void UnknownSessionModeIsKgen016()
    {
        var schema = SchemaText(services: Service("\"get\": { \"params\": [], \"session\": \"sometimes\" }"));
        Single(schema, "KGEN016", "'session' of action 'media.get' must be 'always', 'optional' or 'none'", "\"sometimes\"");
    }

    [Fact]
    public void TwoServicesWithOneClientNameAreKgen017()
    {
        var schema = SchemaText(services: "\"media\": { \"name\": \"media\", \"actions\": {} },\n\"legacy_media\": { \"name\": \"Media\", \"actions\": {} }");
        Single(schema, "KGEN017", "Service 'legacy_media' gives the C# name 'Media', which service 'media' already uses", "\"legacy_media\"");
    }
}

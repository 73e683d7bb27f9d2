namespace KalturaGen.Generator.Model;

/// <summary>What every generated file needs to know about its schema.</summary>
internal sealed record OutputContext(string Namespace, string SchemaStem);

/// <summary>
/// One generated file. Each item carries exactly what its emitter reads, so editing one schema type changes
/// one item and regenerates one file.
/// </summary>
internal abstract record OutputItem(OutputContext Context)
{
    /// <summary>The output kind in the hint name (<c>Enum</c>, <c>Model</c>, <c>Service</c>, ...).</summary>
    public abstract string Kind { get; }

    /// <summary>The name that makes the hint name unique within its kind.</summary>
    public abstract string Name { get; }

    /// <summary>Stable hint name: <c>{schemaStem}.{Kind}.{Name}.g.cs</c>.</summary>
    public string HintName => $"{Context.SchemaStem}.{Kind}.{Name}.g.cs";
}

/// <summary>An int or string enum.</summary>
internal sealed record EnumOutput(OutputContext Context, EnumModel Enum) : OutputItem(Context)
{
    public override string Kind => "Enum";

    public override string Name => Enum.Name;
}

/// <summary>
/// A model class, with where its members' slots begin (after every member of its generated bases), whether its base
/// has a member table, and which classes its properties hold that other classes derive from (read by <c>objectType</c>).
/// </summary>
internal sealed record ModelOutput(
    OutputContext Context,
    ClassModel Class,
    int FirstSlot,
    bool BaseHasMembers,
    EquatableArray<string> Subclassed) : OutputItem(Context)
{
    public override string Kind => "Model";

    public override string Name => Class.Name;
}

/// <summary>A service interface (<c>I{Name}Service</c>).</summary>
internal sealed record ServiceInterfaceOutput(OutputContext Context, ServiceModel Service) : OutputItem(Context)
{
    public override string Kind => "ServiceInterface";

    public override string Name => Service.Name;
}

/// <summary>The friendly service implementation, over the service's Refit interface.</summary>
internal sealed record ServiceOutput(OutputContext Context, ServiceModel Service) : OutputItem(Context)
{
    public override string Kind => "Service";

    public override string Name => Service.Name;
}

/// <summary>The <c>ListAllAsync</c> extensions of a service's list actions (only for services that have one).</summary>
internal sealed record ListAllOutput(OutputContext Context, ServiceModel Service) : OutputItem(Context)
{
    public override string Kind => "ListAll";

    public override string Name => Service.Name;
}

/// <summary>A service's Refit interface (<c>I{Name}Api</c>).</summary>
internal sealed record RefitInterfaceOutput(OutputContext Context, ServiceModel Service) : OutputItem(Context)
{
    public override string Kind => "RefitInterface";

    public override string Name => Service.Name;
}

/// <summary>The implementation of a service's Refit interface, sending through Refit's runtime.</summary>
internal sealed record RefitImplementationOutput(OutputContext Context, ServiceModel Service) : OutputItem(Context)
{
    public override string Kind => "RefitImplementation";

    public override string Name => Service.Name;
}

/// <summary>The parameters classes of a service's actions.</summary>
internal sealed record ParametersOutput(OutputContext Context, ServiceModel Service) : OutputItem(Context)
{
    public override string Kind => "Parameters";

    public override string Name => Service.Name;
}

/// <summary>A service's multirequest calls (<c>{Name}Calls</c>).</summary>
internal sealed record MultiRequestCallsOutput(OutputContext Context, ServiceModel Service) : OutputItem(Context)
{
    public override string Kind => "MultiRequestCalls";

    public override string Name => Service.Name;
}

/// <summary>A service as the client, DI and multirequest roots list it.</summary>
internal sealed record ServiceSummary(string Id, string Name, string? Description);

/// <summary>The client, the multirequest root or the DI registration: each lists every service.</summary>
internal sealed record RootOutput(OutputContext Context, string RootKind, string ApiVersion, EquatableArray<ServiceSummary> Services)
    : OutputItem(Context)
{
    public const string Client = "Client";
    public const string MultiRequest = "MultiRequest";
    public const string DependencyInjection = "DependencyInjection";
    public const string RefitRegistration = "RefitRegistration";

    public override string Kind => RootKind;

    public override string Name => RootKind switch
    {
        Client => "KalturaClient",
        MultiRequest => "KalturaMultiRequest",
        RefitRegistration => "KalturaRefitRegistration",
        _ => "KalturaServiceCollectionExtensions",
    };
}

/// <summary>A type the JSON factory and resolver list: C# name, Kaltura name and kind.</summary>
internal sealed record JsonTypeSummary(string Name, string KalturaName, TypeKind Kind);

/// <summary>
/// The object factory and <c>IJsonTypeInfoResolver</c> over every enum and class, and over the list and map types
/// actions answer with (<paramref name="ValueResults"/>); the classes some class derives from (<paramref name="Subclassed"/>,
/// sorted) are the ones read by <c>objectType</c>.
/// </summary>
internal sealed record JsonOutput(
    OutputContext Context, EquatableArray<JsonTypeSummary> Types, EquatableArray<TypeRefModel> ValueResults, EquatableArray<string> Subclassed)
    : OutputItem(Context)
{
    public override string Kind => "Json";

    public override string Name => "KalturaJsonTypeInfoResolver";
}

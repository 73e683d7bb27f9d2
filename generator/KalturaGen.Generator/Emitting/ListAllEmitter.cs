using System.Collections.Generic;
using System.Linq;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KalturaGen.Generator.Emitting;

/// <summary>
/// Emits <c>{Name}ServiceListAllExtensions</c>: for each list action of <c>I{Name}Service</c>, a <c>ListAllAsync</c>
/// extension (<see cref="ListPagingModel.MethodName"/>) answering every result as an <c>IAsyncEnumerable</c>. Each is
/// one call to the runtime's <c>KalturaPaging</c> over the service's own list method, so a substituted
/// <c>ListAsync</c> drives it too; how it windows past the server's limit was decided when parsing.
/// </summary>
internal static class ListAllEmitter
{
    private const string Runtime = "global::KalturaGen.Runtime";

    public static string Emit(ListAllOutput output)
    {
        var service = output.Service;
        var ns = output.Context.Namespace;
        var types = new TypeExpressions(ns);
        var writer = GeneratedFile.Start(ns + ".Services");
        writer.WriteDoc("summary", $"Every result of the list actions of <see cref=\"global::{ns}.Services.I{service.Name}Service\"/>, page after page.");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public static partial class {service.Name}ServiceListAllExtensions");
        writer.OpenBlock();
        var first = true;
        foreach (var action in service.Actions.Where(a => a.Paging is not null))
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteMethod(writer, types, service, action, action.Paging!);
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteMethod(SourceWriter writer, TypeExpressions types, ServiceModel service, ActionModel action, ListPagingModel paging)
    {
        var parameters = action.Params.Where(p => p.Name != paging.PagerParam).ToEquatableArray();
        var signature = new ActionSignature(types, action with { Params = parameters }, service);
        var taken = new HashSet<string>(parameters.Select(p => p.Name), System.StringComparer.Ordinal) { "cancellationToken" };
        var self = Unique("service", taken);
        var (page, ct, filter, value, item) = (Unique("__page", taken), Unique("__ct", taken), Unique("__filter", taken), Unique("__value", taken), Unique("__item", taken));
        var itemType = types.Model(paging.ItemType);
        var wire = $"{service.Id}.{action.WireName}";

        WriteDocs(writer, service, action, paging, parameters, self, wire);
        var declarations = new[] { $"this global::{types.RootNamespace}.Services.I{service.Name}Service {self}" }
            .Concat(signature.Parameters())
            .Append("global::System.Threading.CancellationToken cancellationToken = default");
        writer.WriteLine($"public static global::System.Collections.Generic.IAsyncEnumerable<{itemType}> {paging.MethodName}Async({string.Join(", ", declarations)})");
        writer.OpenBlock();
        writer.WriteLine($"global::System.ArgumentNullException.ThrowIfNull({self});");

        var pager = $"new {types.Model(paging.PagerType)} {{ {paging.PageIndexProperty} = {page}.PageIndex, {paging.PageSizeProperty} = {page}.PageSize }}";
        var arguments = action.Params.Select(p =>
            p.Name == paging.PagerParam ? pager
            : paging.Window is { } w && p.Name == w.FilterParam ? filter
            : Identifiers.Escape(p.Name));
        var call = $"(await {self}.{action.Name}Async({string.Join(", ", arguments.Append(ct))}).ConfigureAwait(false)).{paging.ObjectsProperty}";
        var action_ = SymbolDisplay.FormatLiteral(wire, true);
        if (paging.Window is not { } window)
        {
            writer.WriteLine($"""
                return {Runtime}.KalturaPaging.ListAllAsync<{itemType}>(
                    {action_},
                    async ({page}, {ct}) => {call},
                    cancellationToken: cancellationToken);
                """);
        }
        else
        {
            var filterType = types.Model(window.FilterType);
            var windowExpression = WindowExpression(window, filterType, itemType, filter, value, item).Replace("\n", "\n    ");
            writer.WriteLine($"""
                return {Runtime}.KalturaPaging.ListAllAsync<{filterType}, {itemType}>(
                    {action_},
                    {Identifiers.Escape(window.FilterParam)} ?? new {filterType}(),
                    {windowExpression},
                    async ({filter}, {page}, {ct}) => {call},
                    cancellationToken: cancellationToken);
                """);
        }

        writer.CloseBlock();
    }

    private static string WindowExpression(ListWindowModel window, string filterType, string itemType, string filter, string value, string item)
    {
        var start = window.StartKind == TypeKind.Int32 ? $"checked((int){value})" : value;
        var setOrderBy = $"static ({filter}, {value}) => {filter}.{window.OrderByProperty} = {value}";
        var setStart = $"static ({filter}, {value}) => {filter}.{window.StartProperty} = {start}";
        if (window.Kind == ListWindowKind.Id)
        {
            return $"""
                {Runtime}.KalturaListWindow.ById<{filterType}, {itemType}>(
                    {SymbolDisplay.FormatLiteral(window.OrderByValue, true)},
                    {setOrderBy},
                    {setStart},
                    static {item} => {item}.{window.KeyProperty})
                """;
        }

        var id = window.IdKind == TypeKind.String
            ? $"{item}.{window.IdProperty}"
            : $"{item}.{window.IdProperty}?.ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
        return $"""
            {Runtime}.KalturaListWindow.ByCreatedAt<{filterType}, {itemType}>(
                {SymbolDisplay.FormatLiteral(window.OrderByValue, true)},
                {setOrderBy},
                {setStart},
                static {item} => {item}.{window.KeyProperty},
                static {item} => {id})
            """;
    }

    private static void WriteDocs(
        SourceWriter writer, ServiceModel service, ActionModel action, ListPagingModel paging, EquatableArray<ParamModel> parameters, string self, string wire)
    {
        writer.WriteDoc("summary", $"Every result of <c>{wire}</c>, requested in pages of 500 (the most a pager allows) as the enumeration goes.");
        writer.WriteDoc("param", $"The I{service.Name}Service whose <c>{action.Name}Async</c> lists the pages.", $" name=\"{self}\"");
        foreach (var parameter in parameters)
        {
            var text = Docs.Param(parameter);
            if (paging.Window is { } w && parameter.Name == w.FilterParam)
            {
                text += $" Left unchanged: each window sends a copy whose orderBy is <c>{w.OrderByValue}</c>.";
            }

            writer.WriteDoc("param", text, $" name=\"{parameter.Name}\"");
        }

        writer.WriteDoc("param", "Stops the enumeration, as does a token given to <c>WithCancellation</c>.", " name=\"cancellationToken\"");
        writer.WriteDoc("returns", paging.Window is { } window
            ? $"Each result once, in <c>{window.OrderByValue}</c> order."
            : "Each result, in the server's order.");
        // Windows on id always move on; the other lists can meet the server's limit.
        var limit = paging.Window?.Kind switch
        {
            ListWindowKind.CreatedAt => "At least 10,000 results share one createdAt second: one filter cannot page past them.",
            ListWindowKind.Id => null,
            _ => "The server refused a page past its 10,000-result limit (<c>QUERY_EXCEEDED_MAX_MATCHES_ALLOWED</c>): this list has no createdAt or id bound to window on.",
        };
        if (limit is not null)
        {
            writer.WriteDoc("exception", limit, $" cref=\"{Runtime}.KalturaListLimitException\"");
        }

        writer.WriteDoc("exception", "The server answered a page with a Kaltura error.", $" cref=\"{Runtime}.KalturaApiException\"");
        var remarks = paging.Window switch
        {
            { Kind: ListWindowKind.CreatedAt } =>
                "The server lists at most 10,000 results per filter; past them this goes on in windows, as Kaltura recommends: "
                + "ordered by createdAt, each window starting at the last createdAt listed (createdAtGreaterThanOrEqual), "
                + "the results of that second already listed skipped by id.",
            { Kind: ListWindowKind.Id } =>
                "The server lists at most 10,000 results per filter; past them this goes on in windows ordered by id, "
                + "each starting after the last id listed (idGreaterThan).",
            _ => "This list has no createdAt or id bound to window on: it pages as deep as the server allows.",
        };
        writer.WriteDoc("remarks", $"Wire action: <c>{wire}</c>. {remarks}");
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var unique = name;
        for (var i = 2; !taken.Add(unique); i++)
        {
            unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }
}

using System.Collections.Generic;
using System.Linq;
using KalturaGen.Generator.Model;

namespace KalturaGen.Generator.Emitting;

/// <summary>Fans a schema model out into one <see cref="OutputItem"/> per generated file.</summary>
internal static class OutputPlanner
{
    public static EquatableArray<OutputItem> Plan(GenerationModel generation)
    {
        var (context, model) = (generation.Context, generation.Schema);
        var items = new List<OutputItem>();
        var subclassed = model.Classes
            .Where(c => c.BaseName is not null)
            .Select(c => c.BaseName!)
            .Distinct()
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToEquatableArray();
        items.AddRange(model.Enums.Select(e => new EnumOutput(context, e)));
        items.AddRange(ModelOutputs(context, model.Classes, new HashSet<string>(subclassed, System.StringComparer.Ordinal)));
        foreach (var service in model.Services)
        {
            items.Add(new ServiceInterfaceOutput(context, service));
            items.Add(new ServiceOutput(context, service));
            if (service.Actions.Any(a => a.Paging is not null))
            {
                items.Add(new ListAllOutput(context, service));
            }

            items.Add(new RefitInterfaceOutput(context, service));
            items.Add(new RefitImplementationOutput(context, service));
            items.Add(new ParametersOutput(context, service));
            items.Add(new MultiRequestCallsOutput(context, service));
        }

        var summaries = model.Services.Select(s => new ServiceSummary(s.Id, s.Name, s.Description)).ToEquatableArray();
        items.Add(new RootOutput(context, RootOutput.Client, model.ApiVersion, summaries));
        items.Add(new RootOutput(context, RootOutput.MultiRequest, string.Empty, summaries));
        items.Add(new RootOutput(context, RootOutput.DependencyInjection, string.Empty, summaries));
        items.Add(new RootOutput(context, RootOutput.RefitRegistration, string.Empty, summaries));

        var types = model.Enums
            .Select(e => new JsonTypeSummary(e.Name, e.KalturaName, e.IsString ? TypeKind.StringEnum : TypeKind.IntEnum))
            .Concat(model.Classes.Select(c => new JsonTypeSummary(c.Name, c.KalturaName, TypeKind.Object)))
            .ToEquatableArray();
        var valueResults = model.Services
            .SelectMany(s => s.Actions)
            .Select(a => a.Result)
            .Where(r => r is { Kind: TypeKind.Array or TypeKind.Map })
            .Select(r => r!)
            .Distinct()
            .ToEquatableArray();
        items.Add(new JsonOutput(context, types, valueResults, subclassed));
        return items.ToEquatableArray();
    }

    /// <summary>
    /// The model items: a class's slots begin after the members of its bases up to the first raw one (a raw class keeps
    /// its members as JSON and has no table), and each item names only the <paramref name="subclassed"/> classes (those
    /// some class derives from) its own properties hold.
    /// </summary>
    private static IEnumerable<ModelOutput> ModelOutputs(OutputContext context, EquatableArray<ClassModel> classes, HashSet<string> subclassed)
    {
        var byName = new Dictionary<string, ClassModel>(System.StringComparer.Ordinal);
        foreach (var model in classes)
        {
            byName[model.Name] = model;
        }

        foreach (var model in classes)
        {
            var first = 0;
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            for (var b = model.BaseName; b is not null && byName.TryGetValue(b, out var ancestor) && !ancestor.IsRaw && seen.Add(b); b = ancestor.BaseName)
            {
                first += ancestor.Properties.Count;
            }

            var baseHasMembers = model.BaseName is not null && byName.TryGetValue(model.BaseName, out var parent) && !parent.IsRaw;
            var held = model.Properties
                .Select(p => ObjectTypeOf(p.Type))
                .Where(n => n is not null && subclassed.Contains(n))
                .Select(n => n!)
                .Distinct()
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .ToEquatableArray();
            yield return new ModelOutput(context, model, first, baseHasMembers, held);
        }
    }

    private static string? ObjectTypeOf(TypeRefModel type) => type.Kind switch
    {
        TypeKind.Object => type.TypeName,
        TypeKind.Array or TypeKind.Map => ObjectTypeOf(type.Element!),
        _ => null,
    };
}

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
        items.AddRange(model.Enums.Select(e => new EnumOutput(context, e)));
        items.AddRange(model.Classes.Select(c => new ModelOutput(context, c)));
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
            .Concat(model.Classes.Select(c => new JsonTypeSummary(c.Name, c.KalturaName, TypeKind.Object, c.BaseName)))
            .ToEquatableArray();
        var valueResults = model.Services
            .SelectMany(s => s.Actions)
            .Select(a => a.Result)
            .Where(r => r is { Kind: TypeKind.Array or TypeKind.Map })
            .Select(r => r!)
            .Distinct()
            .ToEquatableArray();
        items.Add(new JsonOutput(context, types, valueResults));
        return items.ToEquatableArray();
    }
}

using System.Collections.Generic;

namespace KalturaGen.Schema.Parsing;

/// <summary>Parses the <c>services</c> section: services, their actions, parameters, results and thrown errors.</summary>
internal sealed class ServiceParser(
    ParseContext context,
    TypeReferenceParser types,
    IReadOnlyDictionary<string, string> errors,
    IReadOnlyDictionary<string, EnumModel> enums)
{
    private static readonly HashSet<string> Sessions = new(System.StringComparer.Ordinal) { "always", "optional", "none" };

    /// <summary>
    /// Members of the client and the multirequest (and of every object): a service's property there may not take
    /// these names, so such a service gets a "Service" suffix.
    /// </summary>
    private static readonly HashSet<string> ClientMembers = new(System.StringComparer.Ordinal)
    {
        "Connection", "Ks", "CreateMultiRequest", "SchemaApiVersion", "MultiRequest", "Calls", "Add", "ExecuteAsync",
        "KalturaClient", "KalturaMultiRequest", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone",
    };

    /// <summary>Members of every object: a multirequest call method may not take these names.</summary>
    private static readonly HashSet<string> ObjectMembers = new(System.StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    public List<ServiceModel> Parse(JsonObjectSyntax services)
    {
        var result = new List<ServiceModel>();
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var entry in services.Properties)
        {
            var what = $"service '{entry.Name}'";
            if (context.AsObject(entry.Value, what) is not { } syntax)
            {
                continue;
            }

            var clientName = context.GetString(syntax, "name", what);
            if (clientName is null)
            {
                context.Report(SchemaDiagnosticKinds.MissingMember, entry.NameSpan, what, "a 'name' (its client name)");
                continue;
            }

            var name = Identifiers.Pascal(clientName);
            var nameSpan = syntax.Find("name")!.Value.Span;
            if (!Identifiers.IsValid(clientName))
            {
                context.Report(SchemaDiagnosticKinds.InvalidIdentifier, nameSpan, clientName, $"service '{entry.Name}'");
                continue;
            }

            if (names.TryGetValue(name, out var owner))
            {
                context.Report(SchemaDiagnosticKinds.DuplicateServiceName, entry.NameSpan, entry.Name, name, owner);
                continue;
            }

            names.Add(name, entry.Name);
            var typeName = name;
            while (ClientMembers.Contains(typeName) || (typeName != name && names.ContainsKey(typeName)))
            {
                typeName += "Service";
            }

            var actions = ParseActions(entry, syntax);
            result.Add(new ServiceModel(entry.Name, typeName, context.GetString(syntax, "description", what), WithMemberNames(actions).ToEquatableArray()));
        }

        return result;
    }

    /// <summary>Names each action's multirequest call and ApiResponse twin so that none collides.</summary>
    private static IEnumerable<ActionModel> WithMemberNames(List<ActionModel> actions)
    {
        var methods = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var action in actions)
        {
            methods.Add(action.Name);
        }

        foreach (var action in actions)
        {
            var call = ObjectMembers.Contains(action.Name) ? action.Name + "Call" : action.Name;
            var response = action.Name + "WithResponse";
            while (methods.Contains(response))
            {
                response += "Api";
            }

            methods.Add(response);
            yield return action with { CallName = call, ResponseName = response };
        }
    }

    private List<ActionModel> ParseActions(JsonPropertySyntax service, JsonObjectSyntax syntax)
    {
        var actions = new List<ActionModel>();
        if (syntax.Find("actions") is not { } actionsSyntax)
        {
            context.Report(SchemaDiagnosticKinds.MissingMember, service.NameSpan, $"service '{service.Name}'", "an 'actions' object");
            return actions;
        }

        if (context.AsObject(actionsSyntax.Value, $"'actions' of service '{service.Name}'") is not { } members)
        {
            return actions;
        }

        var methods = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var member in members.Properties)
        {
            var name = Identifiers.Pascal(member.Name);
            if (!Identifiers.IsValid(member.Name))
            {
                context.Report(SchemaDiagnosticKinds.InvalidIdentifier, member.NameSpan, member.Name, $"an action of service '{service.Name}'");
            }
            else if (methods.TryGetValue(name, out var owner))
            {
                context.Report(SchemaDiagnosticKinds.DuplicateAction, member.NameSpan, member.Name, service.Name, name + "Async", owner);
            }
            else
            {
                methods.Add(name, member.Name);
                if (ParseAction($"{service.Name}.{member.Name}", member) is { } action)
                {
                    actions.Add(action with { Name = name });
                }
            }
        }

        return actions;
    }

    private ActionModel? ParseAction(string fullName, JsonPropertySyntax member)
    {
        var what = $"action '{fullName}'";
        if (context.AsObject(member.Value, what) is not { } syntax)
        {
            return null;
        }

        if (syntax.Find("params") is not { } paramsSyntax)
        {
            context.Report(SchemaDiagnosticKinds.MissingMember, member.NameSpan, what, "a 'params' array (empty when it takes none)");
            return null;
        }

        var parameters = context.AsArray(paramsSyntax.Value, $"'params' of action '{fullName}'") is { } array
            ? new ParameterParser(context, types, enums).Parse(fullName, array)
            : [];
        TypeRefModel? result = null;
        string? resultDescription = null;
        if (syntax.Find("result") is { Value: not JsonLiteralSyntax { Value: null } } resultSyntax
            && context.AsObject(resultSyntax.Value, $"'result' of action '{fullName}'") is { } resultObject)
        {
            result = types.Parse(resultObject, resultSyntax.NameSpan, $"the result of action '{fullName}'", allowFile: true);
            resultDescription = context.GetString(resultObject, "description", $"the result of action '{fullName}'");
        }

        var session = context.GetString(syntax, "session", what) ?? "always";
        if (!Sessions.Contains(session))
        {
            context.Report(SchemaDiagnosticKinds.InvalidValue, syntax.Find("session")!.Value.Span, $"'session' of action '{fullName}'", "'always', 'optional' or 'none'");
        }

        return new ActionModel(
            member.Name,
            Identifiers.Pascal(member.Name),
            Identifiers.Pascal(member.Name),
            Identifiers.Pascal(member.Name) + "WithResponse",
            context.GetString(syntax, "description", what),
            parameters.ToEquatableArray(),
            result,
            resultDescription,
            ParseThrows(fullName, syntax).ToEquatableArray(),
            session,
            context.GetBoolean(syntax, "deprecated", what));
    }

    private List<ThrownErrorModel> ParseThrows(string fullName, JsonObjectSyntax syntax)
    {
        var thrown = new List<ThrownErrorModel>();
        if (syntax.Find("throws") is not { } throwsSyntax
            || context.AsArray(throwsSyntax.Value, $"'throws' of action '{fullName}'") is not { } array)
        {
            return thrown;
        }

        foreach (var item in array.Items)
        {
            if (item is not JsonStringSyntax code)
            {
                context.Report(SchemaDiagnosticKinds.InvalidValue, item.Span, $"an item of 'throws' of action '{fullName}'", "a string (an error code)");
                continue;
            }

            if (!errors.TryGetValue(code.Value, out var message))
            {
                context.Report(SchemaDiagnosticKinds.UndeclaredError, code.Span, fullName, code.Value);
            }

            thrown.Add(new ThrownErrorModel(code.Value, message));
        }

        return thrown;
    }
}

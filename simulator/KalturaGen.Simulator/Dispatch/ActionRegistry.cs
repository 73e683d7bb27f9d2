namespace KalturaGen.Simulator.Dispatch;

/// <summary>An action implementation.</summary>
public delegate ValueTask<object?> ActionHandler(ActionContext context);

/// <summary>How the dispatcher runs a handler.</summary>
/// <param name="Handler">The implementation.</param>
/// <param name="SelfLocking">
/// The handler takes the state gate itself around metadata work, because it also does long byte work
/// (uploads, URL fetches, serving) that must not block other requests.
/// </param>
/// <param name="ValidateUser">The entry ownership check of dispatch step 9, when the action has one.</param>
public sealed record ActionRegistration(ActionHandler Handler, bool SelfLocking, ValidateUserRule? ValidateUser);

/// <summary>The <c>@validateUser entry {param} edit[, ownerOnly]</c> annotation of an action.</summary>
/// <param name="EntryIdParam">The parameter naming the entry.</param>
/// <param name="OwnerOnly">Whether only the owner (not entitled editors) may act.</param>
public sealed record ValidateUserRule(string EntryIdParam, bool OwnerOnly = false);

/// <summary>Handlers by service id and action name (case-insensitive).</summary>
public sealed class ActionRegistry
{
    private readonly Dictionary<string, ActionRegistration> _handlers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers a handler that runs inside the state gate.</summary>
    public ActionRegistry Add(string service, string action, ActionHandler handler, ValidateUserRule? validateUser = null)
    {
        _handlers[Key(service, action)] = new ActionRegistration(handler, SelfLocking: false, validateUser);
        return this;
    }

    /// <summary>Registers a handler that takes the state gate itself.</summary>
    public ActionRegistry AddSelfLocking(string service, string action, ActionHandler handler, ValidateUserRule? validateUser = null)
    {
        _handlers[Key(service, action)] = new ActionRegistration(handler, SelfLocking: true, validateUser);
        return this;
    }

    /// <summary>Finds the registration for an action.</summary>
    public ActionRegistration? Find(string service, string action) => _handlers.GetValueOrDefault(Key(service, action));

    /// <summary>Every registered service.action key.</summary>
    public IEnumerable<string> Keys => _handlers.Keys;

    private static string Key(string service, string action) => $"{service}.{action}";
}

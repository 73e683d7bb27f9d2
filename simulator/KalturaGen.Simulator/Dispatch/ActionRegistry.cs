namespace KalturaGen.Simulator.Dispatch;

/// <summary>An action implementation.</summary>
internal delegate ValueTask<object?> ActionHandler(ActionContext context);

/// <summary>How the dispatcher runs a handler.</summary>
/// <param name="Handler">The implementation.</param>
/// <param name="SelfLocking">
/// The handler takes the state gate itself around metadata work, because it also does long byte work
/// (uploads, URL fetches, serving) that must not block other requests.
/// </param>
/// <param name="ValidateUser">The entry ownership check of dispatch step 9, when the action has one.</param>
internal sealed record ActionRegistration(ActionHandler Handler, bool SelfLocking, ValidateUserRule? ValidateUser);

/// <summary>
/// The <c>@validateUser {object} {param} edit[, ownerOnly]</c> annotation of an action, read by the
/// server's <c>KalturaDispatcher::validateUser</c> before the action runs (dispatch step 9).
/// </summary>
/// <param name="IdParam">The parameter naming the object.</param>
/// <param name="Object">Whose owner counts: the entry itself, or the entry of an asset (<c>asset::entry</c>).</param>
/// <param name="OwnerOnly">Whether only the owner may act (entitled editors may not).</param>
internal sealed record ValidateUserRule(string IdParam, OwnedObject Object = OwnedObject.Entry, bool OwnerOnly = false)
{
    /// <summary><c>@validateUser entry {param} edit</c>.</summary>
    public static ValidateUserRule Entry(string param = "entryId") => new(param);

    /// <summary><c>@validateUser entry {param} edit ownerOnly</c>.</summary>
    public static ValidateUserRule EntryOwnerOnly(string param = "entryId") => new(param, OwnerOnly: true);

    /// <summary><c>@validateUser asset::entry {param} edit</c>: the owner of the asset's entry.</summary>
    public static ValidateUserRule AssetEntry(string param) => new(param, OwnedObject.AssetEntry);
}

/// <summary>The object class a <c>@validateUser</c> annotation names.</summary>
internal enum OwnedObject
{
    /// <summary><c>entry</c>: the parameter is an entry id.</summary>
    Entry,

    /// <summary><c>asset::entry</c>: the parameter is an asset id; the asset's entry is checked.</summary>
    AssetEntry,
}

/// <summary>Handlers by service id and action name (case-insensitive).</summary>
internal sealed class ActionRegistry
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

using System.ComponentModel;
using System.Text.Json;

namespace KalturaGen.Runtime;

/// <summary>
/// The parameters of one Kaltura action: the <c>[Body]</c> of a generated Refit method and the unit a multirequest
/// queues. Generated subclasses hold one property per parameter (files excepted: they are multipart parts) and
/// write the ones that are set.
/// </summary>
public abstract class KalturaParameters
{
    /// <summary>Parameters of <paramref name="service"/>.<paramref name="action"/> (wire names).</summary>
    protected KalturaParameters(string service, string action)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(action);
        KalturaService = service;
        KalturaAction = action;
    }

    /// <summary>The wire service id (<c>uploadtoken</c>).</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public string KalturaService { get; }

    /// <summary>The wire action name (<c>upload</c>).</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public string KalturaAction { get; }

    /// <summary>Writes each parameter that is set as a member of the JSON object being written.</summary>
    public abstract void WriteParameters(Utf8JsonWriter writer);

    /// <summary>
    /// True when a parameter of this action will be written under <paramref name="name"/>, one of the members every
    /// request carries (<c>ks</c>, <c>partnerId</c>, ...): the parameter then replaces the client's value.
    /// </summary>
    public virtual bool SendsParameter(string name) => false;
}

using System.Collections.Generic;

namespace KalturaGen.Schema.Import;

/// <summary>What an official Kaltura schema XML (KalturaClient.xml) declares, read as it is.</summary>
internal sealed record KalturaXmlModel(
    string ApiVersion,
    IReadOnlyDictionary<string, XmlEnum> Enums,
    IReadOnlyDictionary<string, XmlClass> Classes,
    IReadOnlyList<XmlService> Services,
    IReadOnlyDictionary<string, XmlError> Errors)
{
    /// <summary>Whether the XML has an &lt;errors&gt; section (files before 2012 have none).</summary>
    public bool HasErrorSection { get; init; }

    /// <summary>What the reader skipped or degraded, for the user to see.</summary>
    public IReadOnlyList<ImportWarning> Warnings { get; init; } = [];
}

/// <summary>An &lt;enum&gt;: <c>int</c> or <c>string</c>, its consts in file order.</summary>
internal sealed record XmlEnum(string Name, bool IsString, IReadOnlyList<XmlConst> Consts, string? Description);

/// <summary>A &lt;const name value&gt; of an enum.</summary>
internal sealed record XmlConst(string Name, string Value);

/// <summary>A &lt;class&gt; with its own properties in declaration order.</summary>
internal sealed record XmlClass(string Name, string? Base, bool IsAbstract, string? Description, IReadOnlyList<XmlProperty> Properties);

/// <summary>A type as the XML writes it on a property, parameter or result.</summary>
/// <param name="Type">int, string, bool, float, bigint, array, map, file or a class name; null for a void result.</param>
/// <param name="ArrayType">Element type of an array or map.</param>
/// <param name="EnumType">The enum of an int or string value.</param>
/// <param name="IsTime">An int holding a Unix time.</param>
internal sealed record XmlType(string? Type, string? ArrayType, string? EnumType, bool IsTime);

/// <summary>A &lt;property&gt; of a class.</summary>
internal sealed record XmlProperty(string Name, XmlType Type, bool ReadOnly, bool InsertOnly, bool WriteOnly, string? Description);

/// <summary>A &lt;service&gt; and its actions.</summary>
internal sealed record XmlService(string Id, string Name, string? Description, string? Plugin, IReadOnlyList<XmlAction> Actions);

/// <summary>An &lt;action&gt;: ordered parameters, result, declared errors.</summary>
internal sealed record XmlAction(
    string Name,
    string? Description,
    IReadOnlyList<XmlParam> Params,
    XmlType Result,
    IReadOnlyList<string> Throws,
    string Session,
    bool Deprecated);

/// <summary>A &lt;param&gt; of an action; <paramref name="Default"/> is the raw text of the default attribute.</summary>
internal sealed record XmlParam(string Name, XmlType Type, bool Optional, string? Default, string? Description);

/// <summary>An &lt;error&gt;: wire code, message template and its @PARAM@ names.</summary>
internal sealed record XmlError(string Code, string Message, IReadOnlyList<string> Args);

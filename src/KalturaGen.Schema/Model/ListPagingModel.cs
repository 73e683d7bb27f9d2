namespace KalturaGen.Schema;

/// <summary>
/// How every result of a list action is enumerated: the action takes a pager (a class with <c>pageSize</c> and
/// <c>pageIndex</c>) and answers a class with an <c>objects</c> array. <paramref name="MethodName"/> is the stem of its
/// <c>{MethodName}Async</c> extension (<c>ListAll</c>), unique among the service's methods. A null
/// <paramref name="Window"/> means the list pages only as deep as the server lets one filter go.
/// </summary>
public sealed record ListPagingModel(
    string MethodName,
    string PagerParam,
    string PagerType,
    string PageIndexProperty,
    string PageSizeProperty,
    string ObjectsProperty,
    string ItemType,
    ListWindowModel? Window);

/// <summary>The key a list is windowed on past the server's result limit.</summary>
public enum ListWindowKind
{
    /// <summary><c>createdAtGreaterThanOrEqual</c>, <c>orderBy=+createdAt</c>; items of the boundary second are de-duplicated by id.</summary>
    CreatedAt,

    /// <summary><c>idGreaterThan</c>, <c>orderBy=+id</c>, on an integer id.</summary>
    Id,
}

/// <summary>
/// A list's window: its filter parameter and class, the filter's order and start properties, and the item's key and
/// id properties (C# names), with the kinds of the start and id values.
/// </summary>
public sealed record ListWindowModel(
    ListWindowKind Kind,
    string FilterParam,
    string FilterType,
    string OrderByProperty,
    string OrderByValue,
    string StartProperty,
    TypeKind StartKind,
    string KeyProperty,
    string IdProperty,
    TypeKind IdKind);

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// One request parameter as PHP sees it: a scalar string, an uploaded file, or an ordered array of
/// child parameters (PHP arrays keep insertion order; keys are case-sensitive).
/// </summary>
internal sealed class ParamNode
{
    private OrderedDictionary<string, ParamNode>? _children;

    private ParamNode()
    {
    }

    /// <summary>The scalar text, when this is a scalar.</summary>
    public string? Scalar { get; private set; }

    /// <summary>The uploaded file, when this is a file part.</summary>
    public UploadedFilePart? File { get; private set; }

    /// <summary>True for an array node.</summary>
    public bool IsArray => _children is not null;

    /// <summary>The children of an array node, in insertion order.</summary>
    public IEnumerable<KeyValuePair<string, ParamNode>> Children =>
        (IEnumerable<KeyValuePair<string, ParamNode>>?)_children ?? [];

    /// <summary>Number of children.</summary>
    public int Count => _children?.Count ?? 0;

    /// <summary>A scalar node.</summary>
    public static ParamNode Of(string value) => new() { Scalar = value };

    /// <summary>A file node.</summary>
    public static ParamNode Of(UploadedFilePart file) => new() { File = file };

    /// <summary>An empty array node.</summary>
    public static ParamNode NewArray() => new() { _children = new(StringComparer.Ordinal) };

    /// <summary>Gets a child of an array node.</summary>
    public ParamNode? Get(string key) => _children is not null && _children.TryGetValue(key, out var child) ? child : null;

    /// <summary>Whether an array node has the key.</summary>
    public bool Has(string key) => _children?.ContainsKey(key) == true;

    /// <summary>Sets a child, keeping the key's position when it exists (PHP assignment).</summary>
    public void Set(string key, ParamNode value) => Require()[key] = value;

    /// <summary>Removes a child.</summary>
    public void Remove(string key) => _children?.Remove(key);

    /// <summary>The child for <paramref name="key"/>, replaced by an empty array unless it already is one.</summary>
    public ParamNode GetOrCreateArray(string key)
    {
        var children = Require();
        if (children.TryGetValue(key, out var existing) && existing.IsArray)
        {
            return existing;
        }

        var created = NewArray();
        children[key] = created;
        return created;
    }

    /// <summary>The next integer key for <c>a[]=</c> appends (PHP: one more than the largest int key).</summary>
    public string NextIndex()
    {
        var max = -1L;
        foreach (var key in Require().Keys)
        {
            if (long.TryParse(key, out var n) && n > max)
            {
                max = n;
            }
        }

        return (max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A deep copy (files are shared, not copied).</summary>
    public ParamNode Clone()
    {
        if (!IsArray)
        {
            return new ParamNode { Scalar = Scalar, File = File };
        }

        var copy = NewArray();
        foreach (var (key, child) in Children)
        {
            copy.Set(key, child.Clone());
        }

        return copy;
    }

    /// <summary>The scalar as PHP's string cast sees it (an array is "Array", a file its name).</summary>
    public string AsText() => Scalar ?? (IsArray ? "Array" : File?.Name ?? "");

    /// <summary>
    /// PHP's <c>array_replace_recursive</c>: keys of <paramref name="overlay"/> replace those of this
    /// array, recursing where both sides are arrays.
    /// </summary>
    public void ReplaceRecursive(ParamNode overlay)
    {
        foreach (var (key, value) in overlay.Children)
        {
            var existing = Get(key);
            if (existing is { IsArray: true } && value.IsArray)
            {
                existing.ReplaceRecursive(value);
            }
            else
            {
                Set(key, value.IsArray ? value.Clone() : value);
            }
        }
    }

    /// <summary>Every file part anywhere under this node.</summary>
    public IEnumerable<UploadedFilePart> Files()
    {
        if (File is not null)
        {
            yield return File;
        }

        foreach (var (_, child) in Children)
        {
            foreach (var file in child.Files())
            {
                yield return file;
            }
        }
    }

    private OrderedDictionary<string, ParamNode> Require() =>
        _children ?? throw new InvalidOperationException("Not an array parameter.");
}

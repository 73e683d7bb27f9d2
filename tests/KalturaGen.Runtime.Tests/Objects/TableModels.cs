using KalturaGen.Runtime;

namespace KalturaGen.Runtime.Tests.Objects;

/// <summary>An int enum as the generator writes one.</summary>
internal enum Color
{
    Red = 1,
    Blue = 2,
}

/// <summary>A model written the way the generator writes one: properties at slots, a member table after its base's.</summary>
internal class Shape : KalturaObjectBase
{
    internal static readonly KalturaMemberTable Members = KalturaMemberTable.Create(null, 0,
    [
        new("id", KalturaCodecs.String, true),
        new("sides", KalturaCodecs.Int32),
        new("color", KalturaCodecs.IntEnum<Color>()),
        new("parts", KalturaCodecs.List(KalturaCodecs.Object<Shape>(Create, polymorphic: true))),
        new("weights", KalturaCodecs.Map(KalturaCodecs.Double)),
    ]);

    public override string ObjectType => "KalturaShape";

    public string? Id { get => (string?)GetValue(0); set => SetValue(0, value); }

    public int? Sides { get => (int?)GetValue(1); set => SetValue(1, value); }

    public Color? Color { get => (Color?)GetValue(2); set => SetValue(2, value); }

    public IList<Shape>? Parts { get => (IList<Shape>?)GetValue(3); set => SetValue(3, value); }

    public IDictionary<string, double>? Weights { get => (IDictionary<string, double>?)GetValue(4); set => SetValue(4, value); }

    protected override KalturaMemberTable MemberTable => Members;

    public static KalturaObjectBase? Create(string objectType) => objectType switch
    {
        "KalturaShape" => new Shape(),
        "KalturaSquare" => new Square(),
        _ => null,
    };
}

/// <summary>A class whose members are collections of values rather than of objects.</summary>
internal sealed class Palette : KalturaObjectBase
{
    internal static readonly KalturaMemberTable Members = KalturaMemberTable.Create(null, 0,
    [
        new("colors", KalturaCodecs.List(KalturaCodecs.IntEnum<Color>())),
        new("names", KalturaCodecs.Map(KalturaCodecs.String)),
        new("sizes", KalturaCodecs.List(KalturaCodecs.Int64)),
        new("flags", KalturaCodecs.List(KalturaCodecs.Boolean)),
    ]);

    public override string ObjectType => "KalturaPalette";

    public IList<Color>? Colors { get => (IList<Color>?)GetValue(0); set => SetValue(0, value); }

    public IDictionary<string, string>? Names { get => (IDictionary<string, string>?)GetValue(1); set => SetValue(1, value); }

    public IList<long>? Sizes { get => (IList<long>?)GetValue(2); set => SetValue(2, value); }

    public IList<bool>? Flags { get => (IList<bool>?)GetValue(3); set => SetValue(3, value); }

    protected override KalturaMemberTable MemberTable => Members;
}

/// <summary>A subclass: its slots follow its base's, and it declares a member of its base's name again.</summary>
internal sealed class Square : Shape
{
    internal static new readonly KalturaMemberTable Members = KalturaMemberTable.Create(Shape.Members, 5,
    [
        new("side", KalturaCodecs.Int64),
        new("sides", KalturaCodecs.String),
        new("filled", KalturaCodecs.Boolean),
    ]);

    public override string ObjectType => "KalturaSquare";

    public long? Side { get => (long?)GetValue(5); set => SetValue(5, value); }

    public string? SidesText { get => (string?)GetValue(6); set => SetValue(6, value); }

    public bool? Filled { get => (bool?)GetValue(7); set => SetValue(7, value); }

    protected override KalturaMemberTable MemberTable => Members;
}

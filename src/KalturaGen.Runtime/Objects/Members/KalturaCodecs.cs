namespace KalturaGen.Runtime;

/// <summary>The codecs generated member tables use, one per kind of property.</summary>
public static class KalturaCodecs
{
    /// <summary>A string.</summary>
    public static KalturaCodec<string> String { get; } = new PrimitiveCodecs.StringCodec();

    /// <summary>A 32-bit integer.</summary>
    public static KalturaCodec<int> Int32 { get; } = new PrimitiveCodecs.Int32Codec();

    /// <summary>A 64-bit integer.</summary>
    public static KalturaCodec<long> Int64 { get; } = new PrimitiveCodecs.Int64Codec();

    /// <summary>A floating-point number.</summary>
    public static KalturaCodec<double> Double { get; } = new PrimitiveCodecs.DoubleCodec();

    /// <summary>A boolean (Kaltura's 0/1 and "true"/"false" read too).</summary>
    public static KalturaCodec<bool> Boolean { get; } = new PrimitiveCodecs.BooleanCodec();

    /// <summary>An integer enum (an <see cref="int"/>-based C# enum; values it does not name are kept).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    public static KalturaCodec<TEnum> IntEnum<TEnum>()
        where TEnum : struct, Enum => EnumCodecs.IntEnumCodec<TEnum>.Instance;

    /// <summary>A string enum (an open set of string values).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    public static KalturaCodec<TEnum> StringEnum<TEnum>()
        where TEnum : struct, IKalturaStringEnum<TEnum> => EnumCodecs.StringEnumCodec<TEnum>.Instance;

    /// <summary>
    /// A model object: an instance of the class its <c>objectType</c> names when <paramref name="create"/> knows it
    /// and it is a <typeparamref name="T"/>, else a <typeparamref name="T"/>.
    /// </summary>
    /// <typeparam name="T">The declared class.</typeparam>
    /// <param name="create">The SDK's factory of classes by Kaltura name.</param>
    /// <param name="polymorphic">False when no class derives from <typeparamref name="T"/>: <c>objectType</c> is not looked for.</param>
    public static KalturaCodec<T> Object<T>(Func<string, KalturaObjectBase?> create, bool polymorphic)
        where T : KalturaObjectBase, new() => new ObjectCodec<T>(create, polymorphic);

    /// <summary>A list (a JSON array, or an object with index keys) of items read and written by <paramref name="item"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    public static KalturaCodec<IList<T>> List<T>(KalturaCodec<T> item) => new CollectionCodecs.ListCodec<T>(item);

    /// <summary>A map (a JSON object; an empty JSON array is an empty map) of items read and written by <paramref name="item"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    public static KalturaCodec<IDictionary<string, T>> Map<T>(KalturaCodec<T> item) => new CollectionCodecs.MapCodec<T>(item);
}

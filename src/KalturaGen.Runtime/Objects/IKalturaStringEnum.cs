namespace KalturaGen.Runtime;

/// <summary>
/// A Kaltura string (dynamic) enum: a value type over its wire text. The set is open, so unknown values are
/// valid values and survive a round trip.
/// </summary>
/// <typeparam name="TSelf">The generated enum type.</typeparam>
public interface IKalturaStringEnum<TSelf> : IEquatable<TSelf>
    where TSelf : struct, IKalturaStringEnum<TSelf>
{
    /// <summary>The wire value.</summary>
    string Value { get; }

    /// <summary>Creates a value from its wire text, known or not.</summary>
    static abstract TSelf FromValue(string value);

    /// <summary>
    /// Creates a value from its UTF-8 wire text, known or not; generated enums return their known members without
    /// allocating a string.
    /// </summary>
    static virtual TSelf FromUtf8(ReadOnlySpan<byte> value) => TSelf.FromValue(System.Text.Encoding.UTF8.GetString(value));
}

namespace KalturaGen.Runtime;

/// <summary>
/// Shared boxes for the values models hold most (booleans, small integers such as statuses and types), so reading a
/// response boxes only the rest.
/// </summary>
internal static class KalturaBoxes
{
    private const int Min = -8;
    private const int Max = 1023;
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] Int32s = CreateInt32s();

    public static object? Of(bool? value) => value switch { true => True, false => False, null => null };

    public static object? Of(int? value) => value switch
    {
        null => null,
        >= Min and <= Max => Int32s[value.GetValueOrDefault() - Min],
        _ => value.GetValueOrDefault(),
    };

    private static object[] CreateInt32s()
    {
        var boxes = new object[Max - Min + 1];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i + Min;
        }

        return boxes;
    }
}

namespace KalturaGen.Benchmarks.Assembly;

/// <summary>
/// The order in which the middle chunks of a file reach the server. The first chunk always arrives first (it
/// creates the token's file; a resumed chunk before it is refused) and the zero-byte final chunk last.
/// </summary>
public static class ArrivalOrders
{
    /// <summary>Chunk indexes 1..count-1 in offset order.</summary>
    public static int[] InOrder(int count) => [.. Enumerable.Range(1, count - 1)];

    /// <summary>Chunk indexes 1..count-1 from the last to the first: every chunk is parked until the final call.</summary>
    public static int[] Reverse(int count) => [.. Enumerable.Range(1, count - 1).Reverse()];

    /// <summary>Chunk indexes 1..count-1 shuffled with a fixed seed, so every run sends the same order.</summary>
    public static int[] Random(int count)
    {
        var order = InOrder(count);
        new Random(20240501).Shuffle(order);
        return order;
    }
}

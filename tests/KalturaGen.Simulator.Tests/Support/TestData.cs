using System.Security.Cryptography;

namespace KalturaGen.Simulator.Tests.Support;

/// <summary>Deterministic test bytes and their hashes.</summary>
public static class TestData
{
    /// <summary>Pseudo-random bytes from a seed.</summary>
    public static byte[] Bytes(int length, int seed = 1)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>SHA-256 in lower-case hex.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

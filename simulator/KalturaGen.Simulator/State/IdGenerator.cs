using System.Security.Cryptography;

namespace KalturaGen.Simulator.State;

/// <summary>Ids in the server's formats, from a seedable source.</summary>
internal sealed class IdGenerator
{
    private const string Base36 = "0123456789abcdefghijklmnopqrstuvwxyz";
    private readonly Random _random;
    private readonly Lock _sync = new();

    /// <summary>Creates a generator; the same seed gives the same ids.</summary>
    public IdGenerator(int? seed) => _random = seed is { } s ? new Random(s) : new Random();

    /// <summary>An upload token id: <c>{dc}_{32 hex md5}</c>.</summary>
    public string UploadTokenId()
    {
        var bytes = new byte[16];
        lock (_sync)
        {
            _random.NextBytes(bytes);
        }

        return "0_" + Convert.ToHexStringLower(MD5.HashData(bytes));
    }

    /// <summary>An entry or asset id: <c>{dc}_{8 lowercase base-36 chars}</c>.</summary>
    public string ShortId()
    {
        Span<char> chars = stackalloc char[8];
        lock (_sync)
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Base36[_random.Next(Base36.Length)];
            }
        }

        return "0_" + new string(chars);
    }

    /// <summary>A random double in [0, 1) for seeded fault fractions.</summary>
    public double NextDouble()
    {
        lock (_sync)
        {
            return _random.NextDouble();
        }
    }
}

using KalturaGen.Simulator.Errors;

namespace KalturaGen.Simulator.Wire;

/// <summary>
/// PHP's input limits (post_max_size, max_input_nesting_level, max_input_vars, max_file_uploads). PHP drops input
/// past them silently, so a client sees some unrelated error later; the simulator refuses the request with an error
/// that names the limit, before parsing anything past it (so every check is linear in the input).
/// </summary>
internal static class InputLimits
{
    private const int NameLength = 64;

    /// <summary>The body (or the multipart fields together) is larger than <see cref="SimulatorLimits.MaxBodyBytes"/>.</summary>
    public static ApiException BodyTooLarge(SimulatorLimits limits) => new("POST_MAX_SIZE_EXCEEDED", limits.MaxBodyBytes);

    /// <summary>Refuses a parameter nested more than <see cref="SimulatorLimits.MaxInputNestingLevel"/> levels deep.</summary>
    public static void CheckNesting(string key, int levels, SimulatorLimits limits)
    {
        if (levels > limits.MaxInputNestingLevel)
        {
            throw new ApiException("MAX_INPUT_NESTING_LEVEL_EXCEEDED", BaseName(key), limits.MaxInputNestingLevel);
        }
    }

    /// <summary>Refuses the variable that makes a source hold more than <paramref name="max"/> of them.</summary>
    public static void CheckVariables(int count, int max)
    {
        if (count > max)
        {
            throw new ApiException("MAX_INPUT_VARS_EXCEEDED", max);
        }
    }

    /// <summary>Refuses the file part beyond <see cref="SimulatorLimits.MaxFileUploads"/>.</summary>
    public static void CheckFiles(int count, SimulatorLimits limits)
    {
        if (count > limits.MaxFileUploads)
        {
            throw new ApiException("MAX_FILE_UPLOADS_EXCEEDED", limits.MaxFileUploads);
        }
    }

    // The parameter as the client named it: the key up to its first bracket or colon, kept short.
    private static string BaseName(string key)
    {
        var end = key.AsSpan().IndexOfAny('[', ':');
        var name = end >= 0 ? key[..end] : key;
        return name.Length > NameLength ? name[..NameLength] : name;
    }
}

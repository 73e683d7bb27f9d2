using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Schema;

namespace KalturaGen.Simulator.Tests.Schema;

/// <summary>
/// The built-in error table and the schema's errors describe the same server constants (reference §2),
/// so neither can drift from the other unnoticed.
/// </summary>
public sealed class ErrorCatalogTests
{
    private static readonly ApiSchema Embedded = SchemaLoader.LoadEmbedded();

    [Fact]
    public void BuiltInErrorsThatTheSchemaAlsoDefinesAgreeWithIt()
    {
        foreach (var line in ErrorCodes.BuiltIn)
        {
            var parts = line.Split(';', 3);
            if (Embedded.Errors.Values.FirstOrDefault(e => e.Code == parts[0]) is not { } declared)
            {
                continue;
            }

            Assert.Equal(declared.Message, parts[2]);
            Assert.Equal(declared.Args, parts[1].Length == 0 ? [] : parts[1].Split(','));
        }
    }

    [Fact]
    public void ArgumentsFillTheMessageInOrderAndMissingOnesReadNotAvailable()
    {
        var catalog = new ErrorCatalog(Embedded);
        var error = catalog.Format(new ApiException("INVALID_ENTRY_TYPE", "0_abc", "6"));
        Assert.Equal("Entry \"0_abc\" type is \"6\", type must be \"N/A\"", error.Message);
        Assert.Equal(["ENTRY_NAME", "WRONG_ENTRY_TYPE", "RIGHT_ENTRY_TYPE"], error.Args.Select(a => a.Key).ToArray());
        Assert.Equal("N/A", error.Args[2].Value);
    }

    [Fact]
    public void UnknownCodesBecomeTheServersMisspelledInternalError()
    {
        var error = new ErrorCatalog(Embedded).Format(new ApiException("NO_SUCH_CODE"));
        Assert.Equal("INTERNAL_SERVERL_ERROR", error.Code);
        Assert.Equal("Internal server error occurred", error.Message);
    }
}

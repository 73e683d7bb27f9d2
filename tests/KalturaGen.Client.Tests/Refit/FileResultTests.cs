using System.Text;
using KalturaGen.Client.Api;
using KalturaGen.Client.Models;
using KalturaGen.Runtime;
using KalturaGen.Simulator;

namespace KalturaGen.Client.Tests.Refit;

/// <summary>Serve actions answer a file: its bytes, or, when they fail, the server's error headers and no body.</summary>
public class FileResultTests
{
    [Fact]
    public async Task ServeAnswersTheStoredBytes()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var entry = await simulator.CreateClient().Data.AddAsync(new DataEntry { Name = "notes", DataContent = "stored text" });
        var data = SimulatorRefit.For<IDataApi>(simulator);

        await using var stream = await data.ServeAsync(new DataServeParameters { EntryId = entry.Id! });
        using var reader = new StreamReader(stream, Encoding.UTF8);

        Assert.Equal("stored text", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task AFailedServeThrowsTheKalturaErrorOfItsHeaders()
    {
        await using var simulator = await KalturaSimulator.StartInProcessAsync();
        var documents = SimulatorRefit.For<IDocumentsApi>(simulator);

        var error = await Assert.ThrowsAsync<KalturaApiException>(() => documents.ServeAsync(new DocumentsServeParameters { EntryId = "0_missing" }));

        Assert.Equal("ENTRY_ID_NOT_FOUND", error.Code);
        Assert.Equal("Entry id \"0_missing\" not found", error.Message);
        Assert.Equal("ENTRY_ID_NOT_FOUND", Assert.Single(simulator.Admin.Journal.For("document_documents", "serve")).ErrorCode);
    }
}

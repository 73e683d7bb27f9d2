using KalturaGen.Simulator;
using KalturaGen.Simulator.Hosting;
using Microsoft.AspNetCore.Builder;

var builder = WebApplication.CreateBuilder(args);
var options = SimulatorConfiguration.Read(builder.Configuration);
var runtime = new SimulatorRuntime(options);
builder.ConfigureForUploads();
builder.Services.AddSimulator(runtime);

var app = builder.Build();
app.MapSimulator();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app.Urls, runtime));
app.Lifetime.ApplicationStopped.Register(runtime.Dispose);
await app.RunAsync();

/// <summary>The standalone simulator (public for WebApplicationFactory-style tests).</summary>
public partial class Program;

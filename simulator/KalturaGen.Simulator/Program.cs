using KalturaGen.Simulator.Hosting;

await StandaloneSimulator.RunAsync(args);

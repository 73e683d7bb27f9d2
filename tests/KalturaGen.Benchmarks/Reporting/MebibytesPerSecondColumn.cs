using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KalturaGen.Benchmarks.Reporting;

/// <summary>A column with the bytes moved per operation divided by the mean time, in MiB/s.</summary>
/// <param name="bytesPerOperation">The bytes one operation of a benchmark case moves.</param>
public sealed class MebibytesPerSecondColumn(Func<BenchmarkCase, long> bytesPerOperation) : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(MebibytesPerSecondColumn);

    /// <inheritdoc/>
    public string ColumnName => "MiB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Mebibytes moved per second (bytes per operation / mean)";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics || statistics.Mean <= 0)
        {
            return "NA";
        }

        var seconds = statistics.Mean / 1e9;
        return (bytesPerOperation(benchmarkCase) / (1024.0 * 1024.0) / seconds).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

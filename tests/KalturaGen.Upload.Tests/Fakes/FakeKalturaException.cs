namespace KalturaGen.Upload.Tests.Fakes;

/// <summary>A Kaltura API error as the fake server raises it.</summary>
public sealed class FakeKalturaException(string code) : Exception($"{code}")
{
    public string Code { get; } = code;
}

using KalturaGen.Client.Upload;
using Microsoft.Extensions.Options;

namespace KalturaGen.Client;

/// <summary>The checks the uploader makes on its <see cref="UploadOptions"/>, run when the host starts.</summary>
internal sealed class UploadOptionsValidator : IValidateOptions<UploadOptions>
{
    public ValidateOptionsResult Validate(string? name, UploadOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            var subject = string.IsNullOrEmpty(name) ? "Kaltura upload options" : $"Kaltura client '{name}' upload options";
            return ValidateOptionsResult.Fail($"{subject}: {exception.Message}");
        }
    }
}

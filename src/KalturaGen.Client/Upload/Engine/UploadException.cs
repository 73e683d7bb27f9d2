namespace KalturaGen.Client.Upload;

/// <summary>An upload cannot go on: the message says why and what to do.</summary>
public class UploadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UploadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public UploadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The server finished the upload with a size other than the source's.</summary>
public sealed class UploadVerificationException(string message) : UploadException(message);

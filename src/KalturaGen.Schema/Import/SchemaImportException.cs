using System;

namespace KalturaGen.Schema.Import;

/// <summary>The XML cannot be imported; the message says what is wrong with it.</summary>
internal sealed class SchemaImportException : Exception
{
    public SchemaImportException(string message)
        : base(message)
    {
    }

    public SchemaImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

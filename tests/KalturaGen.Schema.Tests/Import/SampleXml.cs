namespace KalturaGen.Schema.Tests.Import;

/// <summary>A small schema XML in Kaltura's format, with one thing of each kind the importer handles.</summary>
internal static class SampleXml
{
    public const string Text = """
        <?xml version="1.0"?>
        <xml apiVersion="22.15.0" generatedDate="1773236791">
          <enums>
            <enum name="KalturaUploadTokenStatus" enumType="int">
              <const name="PENDING" value="0"/>
              <const name="PARTIAL_UPLOAD" value="1"/>
              <const name="FULL_UPLOAD" value="2"/>
            </enum>
            <enum name="KalturaEntryStatus" enumType="string">
              <const name="READY" value="2"/>
              <const name="INFECTED" value="virusScan.Infected"/>
            </enum>
            <enum name="KalturaUploadTokenOrderBy" enumType="string">
              <const name="CREATED_AT_ASC" value="+createdAt"/>
            </enum>
            <enum name="KalturaUnusedEnum" enumType="int">
              <const name="A" value="1"/>
            </enum>
          </enums>
          <classes>
            <class name="KalturaUploadToken" description="An upload token&#13;&#10;">
              <property name="id" type="string" readOnly="1" insertOnly="0" writeOnly="0" multiLingual="0" description="Token id"/>
              <property name="status" type="int" enumType="KalturaUploadTokenStatus" readOnly="1" insertOnly="0" writeOnly="0" multiLingual="0" description=""/>
              <property name="fileSize" type="float" readOnly="0" insertOnly="1" writeOnly="0" multiLingual="0" description=""/>
              <property name="createdAt" type="int" isTime="1" readOnly="1" insertOnly="0" writeOnly="0" multiLingual="0" description=""/>
            </class>
            <class name="KalturaResource" abstract="1" description=""/>
            <class name="KalturaUploadedFileTokenResource" base="KalturaResource" description="">
              <property name="token" type="string" readOnly="0" insertOnly="0" writeOnly="0" multiLingual="0" description=""/>
            </class>
            <class name="KalturaUploadedFileResource" base="KalturaResource" description="">
              <property name="fileData" type="file" readOnly="0" insertOnly="0" writeOnly="0" multiLingual="0" description=""/>
            </class>
            <class name="KalturaListResponse" description="">
              <property name="totalCount" type="int" readOnly="1" insertOnly="0" writeOnly="0" multiLingual="0" description=""/>
            </class>
            <class name="KalturaUploadTokenListResponse" base="KalturaListResponse" description="">
              <property name="objects" type="array" arrayType="KalturaUploadToken" readOnly="1" insertOnly="0" writeOnly="0" multiLingual="0" description=""/>
            </class>
            <class name="KalturaEntry" description="">
              <property name="status" type="string" enumType="KalturaEntryStatus" readOnly="1" insertOnly="0" writeOnly="0" multiLingual="0" description=""/>
              <property name="sizes" type="map" arrayType="KalturaListResponse" readOnly="0" insertOnly="0" writeOnly="0" multiLingual="0" description=""/>
              <property name="plugin" type="KalturaMissingPluginType" readOnly="0" insertOnly="0" writeOnly="0" multiLingual="0" description=""/>
            </class>
            <class name="KalturaUnrelated" description="">
              <property name="x" type="string" readOnly="0" insertOnly="0" writeOnly="0" multiLingual="0" description=""/>
            </class>
          </classes>
          <services>
            <service id="uploadtoken" name="uploadToken" description="Upload tokens">
              <action name="upload" enableInMultiRequest="1" sessionRequired="always" description="Upload a chunk">
                <param name="uploadTokenId" type="string" optional="0" description=""/>
                <param name="fileData" type="file" optional="0" description=""/>
                <param name="resume" type="bool" optional="1" default="false" description=""/>
                <param name="resumeAt" type="float" optional="1" default="-1" description="Byte offset"/>
                <result type="KalturaUploadToken"/>
                <throws name="UPLOAD_TOKEN_NOT_FOUND"/>
                <throws name="NOT_A_DECLARED_ERROR"/>
              </action>
              <action name="list" enableInMultiRequest="1" sessionRequired="always" description="">
                <param name="status" type="int" enumType="KalturaUploadTokenStatus" optional="1" default="0" description=""/>
                <param name="entryStatus" type="string" enumType="KalturaEntryStatus" optional="1" default="2" description=""/>
                <param name="count" type="int" optional="1" default="null" description=""/>
                <result type="KalturaUploadTokenListResponse"/>
              </action>
              <action name="delete" enableInMultiRequest="1" sessionRequired="always" description="">
                <param name="uploadTokenId" type="string" optional="0" description=""/>
                <result/>
              </action>
            </service>
            <service id="attachment_attachmentasset" name="attachmentAsset" description="" plugin="attachment">
              <action name="setContent" enableInMultiRequest="1" sessionRequired="always" description="">
                <param name="resource" type="KalturaResource" optional="0" description=""/>
                <param name="entry" type="KalturaEntry" optional="1" default="null" description=""/>
                <result type="string"/>
              </action>
              <action name="serve" enableInMultiRequest="0" sessionRequired="none" deprecated="1" description="">
                <param name="ids" type="array" arrayType="KalturaUploadToken" optional="1" default="null" description=""/>
                <result type="file"/>
              </action>
            </service>
            <service id="unrelated" name="unrelated" description="">
              <action name="get" enableInMultiRequest="1" sessionRequired="always" description="">
                <result type="KalturaUnrelated"/>
              </action>
            </service>
          </services>
          <plugins/>
          <errors>
            <error name="UPLOAD_TOKEN_NOT_FOUND" code="UPLOAD_TOKEN_NOT_FOUND" message="Upload token not found"/>
            <error name="ENTRY_ID_NOT_FOUND" code="ENTRY_ID_NOT_FOUND" message="Entry id &quot;@ENTRY_ID@&quot; not found">
              <parameter name="ENTRY_ID"/>
            </error>
          </errors>
        </xml>
        """;

    public static Stream Open() => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Text.Trim()));
}

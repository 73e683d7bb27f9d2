#!/usr/bin/env bash
# Runs the curl flows of Kaltura's upload & ingestion guide (seed 003, sections 4, 5 and 12) verbatim
# against a simulator. Usage: seed-003-flows.sh <service url ending in /api_v3> <work folder>
# Every guide command is copied as written; only the checks around them (expect_*) are ours.
set -euo pipefail
SERVICE_URL="$1"
cd "$2"

fail() { echo "FAILED: $*" >&2; exit 1; }
# expect_json <json> <jq filter> <expected value> <what>
expect_json() { local got; got=$(printf '%s' "$1" | jq -r "$2"); [ "$got" = "$3" ] || fail "$4: expected $3, got $got in $1"; echo "ok: $4"; }

KS=$(curl -s -X POST "$SERVICE_URL/service/session/action/start" -d "format=1" -d "secret=simulator-admin-secret" -d "partnerId=100" -d "type=2" | jq -r .)
[ -n "$KS" ] || fail "session.start"
head -c 6291456 /dev/urandom > my_video.mp4
cp my_video.mp4 big_video.mp4
cp my_video.mp4 largefile.mp4

# --- Section 4.1: create an upload token ---------------------------------------------------------
OUT=$(curl -X POST "$SERVICE_URL/service/uploadToken/action/add" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "uploadToken[fileName]=my_video.mp4" \
  -d "uploadToken[fileSize]=15728640")
expect_json "$OUT" .status 0 "4.1 uploadToken.add is PENDING"
UPLOAD_TOKEN_ID=$(printf '%s' "$OUT" | jq -r .id)

# --- Section 4.2: single-file upload ---------------------------------------------------------------
OUT=$(curl -X POST "$SERVICE_URL/service/uploadToken/action/upload" \
  -F "ks=$KS" \
  -F "format=1" \
  -F "uploadTokenId=$UPLOAD_TOKEN_ID" \
  -F "resume=false" \
  -F "finalChunk=true" \
  -F "resumeAt=-1" \
  -F "fileData=@my_video.mp4;type=video/mp4")
expect_json "$OUT" .status 2 "4.2 single-shot upload is FULL_UPLOAD"
expect_json "$OUT" .uploadedFileSize 6291456 "4.2 single-shot uploadedFileSize"

# --- Section 4.2: chunked upload (first, subsequent and final chunk) -------------------------------
UPLOAD_TOKEN_ID=$(curl -s -X POST "$SERVICE_URL/service/uploadToken/action/add" -d "ks=$KS" -d "format=1" -d "uploadToken[fileName]=big_video.mp4" | jq -r .id)
# First chunk (offset 0)
dd if=big_video.mp4 bs=2097152 count=1 skip=0 2>/dev/null | \
curl -X POST "$SERVICE_URL/service/uploadToken/action/upload" \
  -F "ks=$KS" \
  -F "format=1" \
  -F "uploadTokenId=$UPLOAD_TOKEN_ID" \
  -F "resume=false" \
  -F "resumeAt=0" \
  -F "finalChunk=false" \
  -F "fileData=@-;filename=chunk_0"

# Subsequent chunks (resume=true, resumeAt=byte offset)
dd if=big_video.mp4 bs=2097152 count=1 skip=1 2>/dev/null | \
curl -X POST "$SERVICE_URL/service/uploadToken/action/upload" \
  -F "ks=$KS" \
  -F "format=1" \
  -F "uploadTokenId=$UPLOAD_TOKEN_ID" \
  -F "resume=true" \
  -F "resumeAt=2097152" \
  -F "finalChunk=false" \
  -F "fileData=@-;filename=chunk_2097152"

# Final chunk (finalChunk=true)
OUT=$(dd if=big_video.mp4 bs=2097152 count=1 skip=2 2>/dev/null | \
curl -X POST "$SERVICE_URL/service/uploadToken/action/upload" \
  -F "ks=$KS" \
  -F "format=1" \
  -F "uploadTokenId=$UPLOAD_TOKEN_ID" \
  -F "resume=true" \
  -F "resumeAt=4194304" \
  -F "finalChunk=true" \
  -F "fileData=@-;filename=chunk_4194304")
expect_json "$OUT" .status 2 "4.2 chunked upload is FULL_UPLOAD"
expect_json "$OUT" .uploadedFileSize 6291456 "4.2 chunked uploadedFileSize"

# --- Section 4.2: resume after failure -------------------------------------------------------------
UPLOAD_TOKEN_ID=$(curl -s -X POST "$SERVICE_URL/service/uploadToken/action/add" -d "ks=$KS" -d "format=1" -d "uploadToken[fileName]=largefile.mp4" | jq -r .id)
dd if=largefile.mp4 bs=2097152 count=2 skip=0 2>/dev/null | curl -s -X POST "$SERVICE_URL/service/uploadToken/action/upload" -F "ks=$KS" -F "format=1" \
  -F "uploadTokenId=$UPLOAD_TOKEN_ID" -F "resume=false" -F "resumeAt=0" -F "finalChunk=false" -F "fileData=@-;filename=chunk_0" > /dev/null
OUT=$(curl -X POST "$SERVICE_URL/service/uploadToken/action/get" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "uploadTokenId=$UPLOAD_TOKEN_ID")
expect_json "$OUT" .uploadedFileSize 4194304 "4.2 uploadToken.get reports the uploaded size"
# Response includes: "uploadedFileSize": 4194304

RESUME_AT=4194304
dd if=largefile.mp4 bs=2097152 skip=$((RESUME_AT / 2097152)) 2>/dev/null | \
curl -X POST "$SERVICE_URL/service/uploadToken/action/upload" \
  -F "ks=$KS" \
  -F "format=1" \
  -F "uploadTokenId=$UPLOAD_TOKEN_ID" \
  -F "resume=true" \
  -F "resumeAt=$RESUME_AT" \
  -F "finalChunk=false" \
  -F "fileData=@-;filename=chunk_$RESUME_AT"
OUT=$(curl -s -X POST "$SERVICE_URL/service/uploadToken/action/get" -d "ks=$KS" -d "format=1" -d "uploadTokenId=$UPLOAD_TOKEN_ID")
expect_json "$OUT" .uploadedFileSize 6291456 "4.2 resumed upload reaches the full size"

# --- Section 4.3 - 4.5: get, list, delete ----------------------------------------------------------
OUT=$(curl -s -X POST "$SERVICE_URL/service/uploadToken/action/list" -d "ks=$KS" -d "format=1" -d "filter[statusIn]=1,2" -d "pager[pageSize]=10" -d "pager[pageIndex]=1")
expect_json "$OUT" .objectType KalturaUploadTokenListResponse "4.4 uploadToken.list"
OUT=$(curl -s -X POST "$SERVICE_URL/service/uploadToken/action/delete" -d "ks=$KS" -d "format=1" -d "uploadTokenId=$UPLOAD_TOKEN_ID")
[ "$OUT" = "null" ] || fail "4.5 uploadToken.delete answers null, got $OUT"; echo "ok: 4.5 uploadToken.delete"

# --- Section 12: complete example, chunked upload workflow -----------------------------------------
# --- Step 1: Create an upload token ---
OUT=$(curl -X POST "$SERVICE_URL/service/uploadToken/action/add" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "uploadToken[fileName]=my_video.mp4" \
  -d "uploadToken[fileSize]=6291456")
# Save the "id" from the response as UPLOAD_TOKEN_ID
UPLOAD_TOKEN_ID=$(printf '%s' "$OUT" | jq -r .id)

# --- Step 2: Upload file in chunks ---

# Chunk 1 (first 2 MB)
dd if=my_video.mp4 bs=2097152 count=1 skip=0 2>/dev/null | \
curl -X POST "$SERVICE_URL/service/uploadToken/action/upload" \
  -F "ks=$KS" \
  -F "format=1" \
  -F "uploadTokenId=$UPLOAD_TOKEN_ID" \
  -F "resume=false" \
  -F "resumeAt=0" \
  -F "finalChunk=false" \
  -F "fileData=@-;filename=chunk_0"

# Chunk 2 (next 2 MB)
dd if=my_video.mp4 bs=2097152 count=1 skip=1 2>/dev/null | \
curl -X POST "$SERVICE_URL/service/uploadToken/action/upload" \
  -F "ks=$KS" \
  -F "format=1" \
  -F "uploadTokenId=$UPLOAD_TOKEN_ID" \
  -F "resume=true" \
  -F "resumeAt=2097152" \
  -F "finalChunk=false" \
  -F "fileData=@-;filename=chunk_2097152"

# Chunk 3 / final chunk (last 2 MB)
dd if=my_video.mp4 bs=2097152 count=1 skip=2 2>/dev/null | \
curl -X POST "$SERVICE_URL/service/uploadToken/action/upload" \
  -F "ks=$KS" \
  -F "format=1" \
  -F "uploadTokenId=$UPLOAD_TOKEN_ID" \
  -F "resume=true" \
  -F "resumeAt=4194304" \
  -F "finalChunk=true" \
  -F "fileData=@-;filename=chunk_4194304"

# --- Step 3: Create a media entry ---
OUT=$(curl -X POST "$SERVICE_URL/service/media/action/add" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "entry[objectType]=KalturaMediaEntry" \
  -d "entry[mediaType]=1" \
  -d "entry[name]=my_video.mp4")
# Save the "id" from the response as ENTRY_ID
expect_json "$OUT" .status 7 "12 media.add is NO_CONTENT"
ENTRY_ID=$(printf '%s' "$OUT" | jq -r .id)

# --- Step 4: Attach the upload token to the entry ---
OUT=$(curl -X POST "$SERVICE_URL/service/media/action/addContent" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "entryId=$ENTRY_ID" \
  -d "resource[objectType]=KalturaUploadedFileTokenResource" \
  -d "resource[token]=$UPLOAD_TOKEN_ID")
expect_json "$OUT" .id "$ENTRY_ID" "12 media.addContent"

# --- Step 5: Poll for READY ---
while true; do
  STATUS=$(curl -s -X POST "$SERVICE_URL/service/media/action/get" \
    -d "ks=$KS" -d "format=1" -d "entryId=$ENTRY_ID" | jq -r '.status')
  echo "Status: $STATUS"
  [ "$STATUS" = "2" ] && echo "READY" && break
  [ "$STATUS" = "-1" ] || [ "$STATUS" = "-2" ] && echo "Failed" && break
  sleep 5
done
[ "$STATUS" = "2" ] || fail "12 entry did not become READY"

# The bytes the simulator holds are the file's bytes.
FLAVOR_ID=$(curl -s -X POST "$SERVICE_URL/service/flavorAsset/action/list" -d "ks=$KS" -d "format=1" -d "filter[entryIdEqual]=$ENTRY_ID" | jq -r '.objects[] | select(.isOriginal) | .id')
URL=$(curl -s -X POST "$SERVICE_URL/service/flavorAsset/action/getUrl" -d "ks=$KS" -d "format=1" -d "id=$FLAVOR_ID" | jq -r .)
[ "$(curl -s "$URL" | sha256sum | cut -d' ' -f1)" = "$(sha256sum < my_video.mp4 | cut -d' ' -f1)" ] || fail "12 stored bytes differ"
echo "ok: 12 stored bytes match (sha256)"

# --- Section 5.1 - 5.4 -----------------------------------------------------------------------------
OUT=$(curl -X POST "$SERVICE_URL/service/media/action/add" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "entry[objectType]=KalturaMediaEntry" \
  -d "entry[mediaType]=1" \
  -d "entry[name]=My Uploaded Video" \
  -d "entry[description]=Uploaded via API" \
  -d "entry[tags]=api,upload,demo")
expect_json "$OUT" .description "Uploaded via API" "5.1 media.add"

UPLOAD_TOKEN_ID=$(curl -s -X POST "$SERVICE_URL/service/uploadToken/action/add" -d "ks=$KS" -d "format=1" | jq -r .id)
curl -s -X POST "$SERVICE_URL/service/uploadToken/action/upload" -F "ks=$KS" -F "format=1" -F "uploadTokenId=$UPLOAD_TOKEN_ID" -F "fileData=@my_video.mp4;type=video/mp4" > /dev/null
OUT=$(curl -X POST "$SERVICE_URL/service/media/action/updateContent" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "entryId=$ENTRY_ID" \
  -d "resource[objectType]=KalturaUploadedFileTokenResource" \
  -d "resource[token]=$UPLOAD_TOKEN_ID")
expect_json "$OUT" .replacementStatus 3 "5.3 media.updateContent waits for approval"

# Approve pending replacement
OUT=$(curl -X POST "$SERVICE_URL/service/media/action/approveReplace" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "entryId=$ENTRY_ID")
expect_json "$OUT" .objectType KalturaMediaEntry "5.4 media.approveReplace"

# Cancel pending replacement
OUT=$(curl -X POST "$SERVICE_URL/service/media/action/cancelReplace" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "entryId=$ENTRY_ID")
expect_json "$OUT" .replacementStatus 0 "5.4 media.cancelReplace"

# --- Section 5.5 - 5.7 -----------------------------------------------------------------------------
OUT=$(curl -X POST "$SERVICE_URL/service/media/action/addFromUrl" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "mediaEntry[objectType]=KalturaMediaEntry" \
  -d "mediaEntry[name]=Imported from URL" \
  -d "mediaEntry[mediaType]=1" \
  -d "url=https://example.com/sample_video.mp4")
expect_json "$OUT" .status 0 "5.5 media.addFromUrl starts in IMPORT"

SOURCE_ENTRY_ID=$ENTRY_ID
OUT=$(curl -X POST "$SERVICE_URL/service/media/action/addFromEntry" \
  -d "ks=$KS" \
  -d "format=1" \
  -d "sourceEntryId=$SOURCE_ENTRY_ID" \
  -d "mediaEntry[objectType]=KalturaMediaEntry" \
  -d "mediaEntry[name]=Copy of Original")
expect_json "$OUT" .name "Copy of Original" "5.6 media.addFromEntry"

# The replacement above gave the entry new flavors; take the current original.
FLAVOR_ID=$(curl -s -X POST "$SERVICE_URL/service/flavorAsset/action/list" -d "ks=$KS" -d "format=1" -d "filter[entryIdEqual]=$ENTRY_ID" | jq -r '.objects[] | select(.isOriginal) | .id')
OUT=$(curl -s -X POST "$SERVICE_URL/service/media/action/addFromFlavorAsset" -d "ks=$KS" -d "format=1" -d "sourceFlavorAssetId=$FLAVOR_ID" -d "mediaEntry[objectType]=KalturaMediaEntry")
expect_json "$OUT" .objectType KalturaMediaEntry "5.7 media.addFromFlavorAsset"

# --- Section 13: errors answer with their codes ----------------------------------------------------
OUT=$(curl -s -X POST "$SERVICE_URL/service/uploadToken/action/get" -d "ks=$KS" -d "format=1" -d "uploadTokenId=0_missing")
expect_json "$OUT" .code UPLOAD_TOKEN_NOT_FOUND "13 UPLOAD_TOKEN_NOT_FOUND"
OUT=$(curl -s -X POST "$SERVICE_URL/service/media/action/get" -d "ks=$KS" -d "format=1" -d "entryId=0_missing")
expect_json "$OUT" .code ENTRY_ID_NOT_FOUND "13 ENTRY_ID_NOT_FOUND"
echo "ALL SEED FLOWS PASSED"

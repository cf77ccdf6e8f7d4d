@echo off
rem Lotse launcher: needs a JDK 25 in JAVA_HOME (or java 25 on the PATH).
setlocal
set "APP_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem Class data sharing: an archive of the loaded classes in the user's cache makes later starts faster.
set "CDS_DIR=%LOCALAPPDATA%\Lotse\cache"
if not exist "%CDS_DIR%" mkdir "%CDS_DIR%" 2>nul
set "CDS_OPTS="
if exist "%CDS_DIR%" set "CDS_OPTS=-XX:SharedArchiveFile=%CDS_DIR%\lotse-${project.version}.jsa -XX:+AutoCreateSharedArchive -Xlog:cds*=off -Xlog:aot*=off"
"%JAVA%" %CDS_OPTS% %LOTSE_JAVA_OPTS% --module-path "%APP_HOME%\lib\fx" ${lotse.jvm.flags} -cp "%APP_HOME%\lib\*" de.lotse.app.Main %*
exit /b %ERRORLEVEL%

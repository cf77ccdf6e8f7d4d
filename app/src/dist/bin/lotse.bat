@echo off
rem Lotse launcher: needs a JDK 25 in JAVA_HOME (or java 25 on the PATH).
setlocal
set "APP_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %LOTSE_JAVA_OPTS% --module-path "%APP_HOME%\lib\fx" ${lotse.jvm.flags} -cp "%APP_HOME%\lib\*" de.lotse.app.Main %*
exit /b %ERRORLEVEL%
